import { unmarshall } from '@aws-sdk/util-dynamodb';
import { versionAttribute } from '../model/entity';
import type { EntityMetadata } from '../model/metadata/types';
import {
  explainConditionFailure,
  isConditionalCheckFailure,
} from './condition-failure';
import type { PreparedWrite } from '../requests/prepared-write';
import type { OperationName, RequestExecutor } from './request-executor';

const operationOf: Record<PreparedWrite['kind'], OperationName> = {
  create: 'PutItem',
  put: 'PutItem',
  update: 'UpdateItem',
  delete: 'DeleteItem',
  check: 'GetItem',
};

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
  const params: Record<string, any> = { ...write.params };
  if (params.ConditionExpression) params.ReturnValuesOnConditionCheckFailure = 'ALL_OLD';
  if (returnValues) params.ReturnValues = returnValues;
  try {
    const output = await executor.send(operationOf[write.kind], params);
    return output.Attributes;
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
    const stored = error.Item ? unmarshall(error.Item as any) : undefined;
    throw explainConditionFailure(write, stored, versionAttribute(meta)?.attributeName, error);
  }
}
