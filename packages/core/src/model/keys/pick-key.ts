/** The key attributes of a stored item. */
export function pickKey(item: Record<string, unknown>, keyAttributes: (string | undefined)[]) {
  const key: Record<string, unknown> = {};
  for (const name of keyAttributes) if (name) key[name] = item[name];
  return key;
}
