/** One request of a batch write: put a whole item, or delete the item at a key. */
export type WriteRequest =
  { type: 'put'; item: Record<string, unknown> } | { type: 'delete'; key: Record<string, unknown> };

/** The attributes that identify the item a request writes: the put item or the delete key. */
export function writeTarget(request: WriteRequest): Record<string, unknown> {
  return request.type === 'put' ? request.item : request.key;
}
