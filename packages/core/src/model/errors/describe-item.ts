/**
 * An item named for people: `Customer {id: "nobody"}` from its slot values, or with its physical
 * key when they are unknown.
 */
export function describeItem(
  entity: string,
  slots: Record<string, unknown> | undefined,
  key: Record<string, unknown>,
): string {
  if (!slots || Object.keys(slots).length === 0) return `${entity} ${JSON.stringify(key)}`;
  const values = Object.entries(slots).map(([name, value]) => `${name}: ${JSON.stringify(value)}`);
  return `${entity} {${values.join(', ')}}`;
}
