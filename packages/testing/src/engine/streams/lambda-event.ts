import { encodeWireBinaries } from '../wire';
import type { StreamRecord } from './stream-record';
import type { TableStream } from './table-stream';

/**
 * A record of a DynamoDB stream as AWS Lambda hands it to a function (`DynamoDBStreamEvent`):
 * GetRecords' record in JSON form (binary values as base64), with the stream's ARN as
 * `eventSourceARN` and the identity of a TTL deletion in Lambda's spelling.
 */
export interface LambdaStreamRecord {
  eventID: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventVersion: string;
  eventSource: string;
  awsRegion: string;
  eventSourceARN: string;
  userIdentity?: { type: string; principalId: string };
  dynamodb: {
    ApproximateCreationDateTime: number;
    Keys: Record<string, any>;
    NewImage?: Record<string, any>;
    OldImage?: Record<string, any>;
    SequenceNumber: string;
    SizeBytes: number;
    StreamViewType: string;
  };
}

export function toLambdaRecord(record: StreamRecord, stream: TableStream): LambdaStreamRecord {
  const { userIdentity, ...rest } = encodeWireBinaries(record.output) as Record<string, any>;
  return {
    ...(rest as Omit<LambdaStreamRecord, 'eventSourceARN' | 'userIdentity'>),
    eventSourceARN: stream.arn,
    ...(userIdentity
      ? { userIdentity: { type: userIdentity.Type, principalId: userIdentity.PrincipalId } }
      : {}),
  };
}
