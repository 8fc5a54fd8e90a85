export * from './create-dynamodb-backend';
export * from './dynamodb-backend';
export * from './dynamodb-client.module';
export * from './monotable-options';
