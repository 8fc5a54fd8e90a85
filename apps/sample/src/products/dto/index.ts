export * from './create-product.dto';
export * from './list-products.query';
export * from './restock.dto';
