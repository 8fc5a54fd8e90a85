import { unmarshall } from '@aws-sdk/util-dynamodb';
import { versionAttribute } from '../model/entity';
import type { EntityMetadata } from '../model/metadata/types';
import { explainConditionFailure, isConditionalCheckFailure } from './condition-failure';
import type { PreparedWrite } from '../requests/prepared-write';
import {
  ConditionalCheckFailedError,
  ConfigurationError,
  ItemTooLargeError,
} from '../model/errors';
import type { RequestExecutor } from './request-executor';
import { describeItem } from '../model/errors/describe-item';

/**
 * The item DynamoDB returned with a condition failure, unmarshalled; undefined when it cannot
 * be read (an item written by another program with values the SDK cannot convert).
 */
export function storedItemOf(raw: unknown): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    return unmarshall(raw as Parameters<typeof unmarshall>[0]);
  } catch {
    return undefined;
  }
}

/**
 * A refusal (HTTP 400) whose body the SDK could not read: it throws a TypeError noting a
 * deserialization error instead of the service's exception.
 */
export function isUnreadableRefusal(error: unknown): boolean {
  const failure = error as { message?: unknown; $metadata?: { httpStatusCode?: number } };
  return (
    error instanceof TypeError &&
    String(failure.message).includes('Deserialization error') &&
    failure.$metadata?.httpStatusCode === 400
  );
}

/** DynamoDB's refusal of an update whose result would be larger than an item may be. */
function isUpdateTooLarge(error: unknown): boolean {
  const { name, message } = error as { name?: string; message?: string };
  return name === 'ValidationException' && /Item size to update has exceeded/.test(message ?? '');
}

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
    if (write.params.ConditionExpression && isUnreadableRefusal(error)) {
      throw new ConditionalCheckFailedError(
        `The condition on ${describeItem(write.entityName, write.slotsOf?.(), write.key)} did not hold, and the ` +
          'stored item DynamoDB returned with the refusal could not be read: it holds a value the ' +
          "AWS SDK cannot read back (such as a map key '__proto__' written by another program). " +
          'Nothing was written',
        write.entityName,
        undefined,
        { cause: error },
      );
    }
    if (write.kind === 'update' && isUpdateTooLarge(error)) {
      throw new ItemTooLargeError(write.entityName, undefined);
    }
    if (!isConditionalCheckFailure(error)) throw error;
    const stored = storedItemOf(error.Item);
    throw explainConditionFailure(write, stored, versionAttribute(meta)?.attributeName, error);
  }
}
