export * from './change-order-status.dto';
export * from './list-orders.query';
export * from './place-order.dto';
export * from './get-order.query';
