export * from './create-address.dto';
export * from './create-customer.dto';
export * from './get-customer.query';
export * from './update-customer.dto';
