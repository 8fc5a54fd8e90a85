import { ConfigurationError, type Monotable } from '@monotable/core';
import { DEFAULT_CONNECTION_NAME } from '../monotable.constants';
import { openConnectionsNamed } from './live-connections';

/** Connection names whose transactions the decorated methods of a class run in. */
const TRANSACTIONAL_CONNECTIONS = Symbol('monotable:transactional-connections');
/** On an instance: the connections its @Transactional() methods use, attached at startup. */
const ATTACHED_CONNECTIONS = Symbol('monotable:attached-connections');

export interface TransactionalOptions {
  /** The connection whose transaction the method runs in (`MonotableModule.forRoot({ name })`). */
  connection?: string;
}

/**
 * Runs the method as a unit of work of a Monotable connection: every write its repositories
 * make — in this method or in the services it calls — joins one TransactWriteItems, sent when
 * the method returns (nothing when it throws). Inside, `update`/`delete` take
 * `{ returnItem: false }`; calls that cannot join throw `TransactionJoinError`. A
 * `@Transactional()` method called from another joins its transaction. For singleton providers
 * and controllers (the connection is attached to the instance when the module starts).
 *
 * @example
 * @Transactional()
 * async placeOrder(dto: PlaceOrderDto): Promise<Order> {
 *   const order = await this.orders.create(dto);
 *   await this.customers.update({ id: dto.customerId }, { points: increment(10) }, { returnItem: false });
 *   return order;
 * }
 */
export function Transactional(options: TransactionalOptions = {}): MethodDecorator {
  const connection = options.connection ?? DEFAULT_CONNECTION_NAME;
  return (target, key, descriptor: PropertyDescriptor) => {
    const original: unknown = descriptor.value;
    const method = `${target.constructor.name}.${String(key)}`;
    if (typeof original !== 'function') {
      throw new ConfigurationError(`@Transactional() decorates methods; ${method} is not one`);
    }
    const names: Set<string> =
      Reflect.getOwnMetadata(TRANSACTIONAL_CONNECTIONS, target.constructor) ?? new Set();
    names.add(connection);
    Reflect.defineMetadata(TRANSACTIONAL_CONNECTIONS, names, target.constructor);

    const transactional = function (this: object, ...args: unknown[]): Promise<unknown> {
      let db: Monotable;
      try {
        db = connectionFor(this, connection, method);
      } catch (error) {
        return Promise.reject(error);
      }
      return db.transaction(() => original.apply(this, args));
    };
    // Keep what other decorators (routes, guards, pipes) recorded on the method.
    for (const metadataKey of Reflect.getMetadataKeys(original)) {
      Reflect.defineMetadata(
        metadataKey,
        Reflect.getMetadata(metadataKey, original),
        transactional,
      );
    }
    Object.defineProperty(transactional, 'name', { value: original.name });
    descriptor.value = transactional;
  };
}

/** The connection names the @Transactional() methods of `instance`'s class (and its bases) use. */
export function transactionalConnectionsOf(instance: object): Set<string> {
  const names = new Set<string>();
  for (
    let type = instance.constructor;
    type && type !== Object;
    type = Object.getPrototypeOf(type)
  ) {
    const own: Set<string> | undefined = Reflect.getOwnMetadata(TRANSACTIONAL_CONNECTIONS, type);
    own?.forEach((name) => names.add(name));
  }
  return names;
}

/** Gives `instance`'s @Transactional() methods the connection named `name`. */
export function attachConnection(instance: object, name: string, db: Monotable): void {
  const holder = instance as { [ATTACHED_CONNECTIONS]?: Map<string, Monotable> };
  if (!Object.prototype.hasOwnProperty.call(holder, ATTACHED_CONNECTIONS)) {
    Object.defineProperty(holder, ATTACHED_CONNECTIONS, { value: new Map(), enumerable: false });
  }
  holder[ATTACHED_CONNECTIONS]!.set(name, db);
}

/**
 * The connection a call of `method` on `instance` runs in: the one attached to the instance at
 * startup, else the one open connection of that name in the process.
 */
function connectionFor(instance: object | undefined, name: string, method: string): Monotable {
  const attached = (instance as { [ATTACHED_CONNECTIONS]?: Map<string, Monotable> } | undefined)?.[
    ATTACHED_CONNECTIONS
  ]?.get(name);
  if (attached) return attached;
  const open = openConnectionsNamed(name);
  if (open.length === 1) return open[0];
  const forRoot = `MonotableModule.forRoot${name === DEFAULT_CONNECTION_NAME ? '()' : `({ name: '${name}' })`}`;
  throw new ConfigurationError(
    open.length === 0
      ? `@Transactional() on ${method}: no Monotable connection "${name}" is open; import ${forRoot} in the application`
      : `@Transactional() on ${method}: ${open.length} applications have a Monotable connection "${name}" open and ` +
          'none was attached to this instance: call app.init() (or init() of a testing module) so that it is',
  );
}
