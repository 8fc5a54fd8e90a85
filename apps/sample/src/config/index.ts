export * from './shop.config';
export * from './shop-settings';
