import { Inject } from '@nestjs/common';
import type { EntityClass } from '../interfaces';
import { getMonotableToken, getRepositoryToken } from './monotable.tokens';

/**
 * Injects the `Repository` of an entity registered with `MonotableModule.forFeature()`.
 *
 * @example
 * constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}
 */
export const InjectRepository = (entity: EntityClass, connectionName?: string) =>
  Inject(getRepositoryToken(entity, connectionName));

/**
 * Injects a connection (`Monotable`), e.g. for transactions across entities.
 *
 * @example
 * constructor(@InjectMonotable('audit') private readonly auditDb: Monotable) {}
 */
export const InjectMonotable = (connectionName?: string) =>
  Inject(getMonotableToken(connectionName));
