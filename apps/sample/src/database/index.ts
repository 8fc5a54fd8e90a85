export * from './create-dynamodb-client';
export * from './dynamodb-client.module';
export * from './monotable-options';
