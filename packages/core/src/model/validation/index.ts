export * from './validate-entity';
export * from './reject-unknown-properties';
