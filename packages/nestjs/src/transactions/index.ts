export { Transactional, type TransactionalOptions } from './transactional.decorator';
export { attachTransactionalConnections } from './attach-transactional-connections';
