import { ConfigurationError } from '../../../model/errors';
import type { AttributeResolver } from '../attribute-resolver';
import { ExpressionContext } from '../expression-context';
import { parsePropertyPath } from '../property-path';

/** Test-only: an Order-like entity whose `address` is stored as `addr` and `createdAt` as `created`. */
export interface TestOrder {
  id: string;
  status: 'open' | 'paid' | 'cancelled';
  total: number;
  tags: string[];
  roles: Set<string>;
  address?: { city: string; zip?: string };
  createdAt: Date;
  nickname?: string;
  lines: { sku: string; qty: number }[];
  describe(): string;
}

const STORED_NAMES: Record<string, string> = {
  id: 'id',
  status: 'status',
  total: 'total',
  tags: 'tags',
  roles: 'roles',
  address: 'addr',
  createdAt: 'created',
  nickname: 'nickname',
  lines: 'lines',
  name: 'name',
};

function toStoredValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toStoredValue);
  if (value instanceof Set) return new Set([...value].map(toStoredValue));
  return value;
}

/** A resolver like the metadata layer's; `isMap` is left out with `{ mapAware: false }`. */
export function createTestResolver(options: { mapAware?: boolean } = {}): AttributeResolver {
  const resolver: AttributeResolver = {
    resolvePath(propertyPath) {
      const [first, ...rest] = parsePropertyPath(propertyPath);
      const stored = STORED_NAMES[first as string];
      if (!stored) throw new ConfigurationError(`Order has no property "${first}"`);
      return [stored, ...rest];
    },
    toStored: (_propertyPath, value) => toStoredValue(value),
  };
  if (options.mapAware !== false) resolver.isMap = (propertyPath) => propertyPath === 'address';
  return resolver;
}

/** Runs a compile step on a fresh context and returns what a request would carry. */
export function compiled(compile: (ctx: ExpressionContext) => string): {
  expression: string;
  names: Record<string, string> | undefined;
  values: Record<string, unknown> | undefined;
} {
  const ctx = new ExpressionContext();
  const expression = compile(ctx);
  return { expression, names: ctx.names(), values: ctx.values() };
}
