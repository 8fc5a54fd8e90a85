import type { PreparedWrite } from '../prepared-write';

const identity = (write: PreparedWrite) => JSON.stringify([write.params.TableName, write.key]);

/**
 * In one transaction, a value released by one item and claimed by another (an email moving from
 * one customer to another) would touch the marker twice, which DynamoDB refuses. The two become
 * one Put of the new owner's marker, on the release's condition (no marker, or the old owner's).
 */
export function foldMarkerHandovers(writes: PreparedWrite[]): PreparedWrite[] {
  const releases = new Map<string, PreparedWrite>();
  for (const write of writes)
    if (write.marker?.action === 'release') releases.set(identity(write), write);
  const handedOver = new Set<PreparedWrite>();
  const folded = writes.map((write) => {
    const release = write.marker?.action === 'claim' ? releases.get(identity(write)) : undefined;
    if (!release || write.kind !== 'put') return write;
    handedOver.add(release);
    const { ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } =
      release.params;
    return {
      ...write,
      params: {
        TableName: write.params.TableName,
        Item: write.params.Item,
        ConditionExpression,
        ExpressionAttributeNames,
        ExpressionAttributeValues,
      },
    };
  });
  return folded.filter((write) => !handedOver.has(write));
}
