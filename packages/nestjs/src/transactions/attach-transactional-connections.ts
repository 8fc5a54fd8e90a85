import type { Monotable } from '@monotable/core';
import type { DiscoveryService } from '@nestjs/core';
import { attachConnection, transactionalConnectionsOf } from './transactional.decorator';

/**
 * Attaches the connection `name` to every singleton provider and controller of the application
 * that has @Transactional() methods using it. Returns how many instances it was attached to.
 */
export function attachTransactionalConnections(
  discovery: DiscoveryService,
  name: string,
  db: Monotable,
): number {
  let attached = 0;
  const seen = new Set<object>();
  for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
    const instance: unknown = wrapper.instance;
    if (
      !wrapper.isDependencyTreeStatic() ||
      typeof instance !== 'object' ||
      instance === null ||
      seen.has(instance)
    )
      continue;
    seen.add(instance);
    if (!transactionalConnectionsOf(instance).has(name)) continue;
    attachConnection(instance, name, db);
    attached += 1;
  }
  return attached;
}
