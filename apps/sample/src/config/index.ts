export * from './create-dynamodb-client';
export * from './shop-settings';
