import { unmarshall } from '@aws-sdk/util-dynamodb';
import { versionAttribute } from '../model/entity';
import type { EntityMetadata } from '../model/metadata/types';
import {
  explainConditionFailure,
  isConditionalCheckFailure,
} from './condition-failure';
import type { PreparedWrite } from '../requests/prepared-write';
import { ConfigurationError } from '../model/errors';
import type { RequestExecutor } from './request-executor';

/**
 * Sends one prepared write alone, asking DynamoDB for the stored item when the condition
 * fails so the error can say why (exists / not found / version / condition).
 */
export async function sendWrite(
  executor: RequestExecutor,
  meta: EntityMetadata,
  write: PreparedWrite,
  returnValues?: 'ALL_NEW' | 'ALL_OLD',
): Promise<Record<string, unknown> | undefined> {
  const extra = {
    ...(write.params.ConditionExpression
      ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const }
      : {}),
    ...(returnValues ? { ReturnValues: returnValues } : {}),
  };
  try {
    switch (write.kind) {
      case 'create':
      case 'put':
        return (await executor.send('PutItem', { ...write.params, ...extra })).Attributes;
      case 'update':
        return (await executor.send('UpdateItem', { ...write.params, ...extra })).Attributes;
      case 'delete':
        return (await executor.send('DeleteItem', { ...write.params, ...extra })).Attributes;
      case 'check':
        throw new ConfigurationError('A condition check is sent inside a transaction only');
    }
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
    const stored = error.Item ? unmarshall(error.Item as any) : undefined;
    throw explainConditionFailure(write, stored, versionAttribute(meta)?.attributeName, error);
  }
}
