export { startDynamoDBLocal } from './start-dynamodb-local';
export type { DynamoDBLocal, StartDynamoDBLocalOptions } from './start-dynamodb-local';
export { DynamoDBLocalError } from './dynamodb-local-error';
export type { DynamoDBLocalErrorCode } from './dynamodb-local-error';
export { assertLocalEndpoint } from './local-endpoint';
export { createLocalClient, LOCAL_CREDENTIALS } from './local-client';
export { findFreePort } from './free-port';
export { assertJavaRuntime, parseJavaMajorVersion, MINIMUM_JAVA_VERSION } from './java-runtime';
export { isDynamoDBLocalInstalled } from './load-dynamodb-local';
