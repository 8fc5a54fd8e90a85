import type { AttributeRole } from '../metadata/types';
import { recordProperty } from './record-property';

function role(decorator: string, attributeRole: AttributeRole): PropertyDecorator {
  return (target, propertyKey) =>
    recordProperty(decorator, target, propertyKey, { roles: [attributeRole] });
}

/** Optimistic locking: set to 1 on create and incremented by every write. @example @Version() version!: number; */
export function Version(): PropertyDecorator {
  return role('Version', 'version');
}

/** Stamped with the time of creation. @example @CreatedAt() createdAt!: Date; */
export function CreatedAt(): PropertyDecorator {
  return role('CreatedAt', 'createdAt');
}

/** Stamped with the time of every write. @example @UpdatedAt() updatedAt!: Date; */
export function UpdatedAt(): PropertyDecorator {
  return role('UpdatedAt', 'updatedAt');
}

/**
 * DynamoDB's time to live: stored as epoch seconds; the property may be a Date or a number of
 * epoch seconds. @example @Ttl() expiresAt?: Date;
 */
export function Ttl(): PropertyDecorator {
  return role('Ttl', 'ttl');
}
