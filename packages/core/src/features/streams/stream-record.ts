import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** The change kinds of DynamoDB Streams, as an event names them. */
export type StreamEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

export type { StreamViewType } from '../../model/table';

/**
 * One record of a DynamoDB stream, as AWS Lambda hands it to a function (`DynamoDBStreamEvent`)
 * and as `GetRecords` returns it: images in DynamoDB's attribute-value form.
 */
export interface StreamRecord {
  eventID?: string;
  eventName?: StreamEventName | string;
  /**
   * Set on deletions made by DynamoDB itself (TTL): `{ type: 'Service', principalId:
   * 'dynamodb.amazonaws.com' }` in a Lambda event, `{ Type, PrincipalId }` from GetRecords.
   */
  userIdentity?: { type?: string; principalId?: string; Type?: string; PrincipalId?: string };
  dynamodb?: {
    Keys?: Record<string, AttributeValue | Record<string, unknown>>;
    NewImage?: Record<string, AttributeValue | Record<string, unknown>>;
    OldImage?: Record<string, AttributeValue | Record<string, unknown>>;
    SequenceNumber?: string;
    ApproximateCreationDateTime?: number | Date;
    SizeBytes?: number;
    StreamViewType?: string;
  };
}

/** A Lambda event of a DynamoDB stream (or anything with its `Records`). */
export interface StreamEvent {
  Records: readonly StreamRecord[];
}

/** The answer a Lambda handler gives for a partial batch failure (ReportBatchItemFailures). */
export interface StreamBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}
