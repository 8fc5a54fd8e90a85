/**
 * Whether parsed JSON nests objects and arrays more than `limit` levels deep. Iterative on
 * purpose: a hostile body can nest 100,000 levels, which JSON.parse accepts but any recursive
 * walk (the engine's are) would overflow the stack on.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
