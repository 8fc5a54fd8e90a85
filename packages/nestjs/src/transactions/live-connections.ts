import type { Monotable } from '@monotable/core';

/**
 * The open connections of the process by name, from the moment a module builds one until its
 * application shuts down. A @Transactional() method of an instance the connection was not
 * attached to (a testing module compiled but not initialised) uses the one open connection of
 * its name — never a guess between two.
 */
const open = new Map<string, Set<Monotable>>();

export function registerOpenConnection(name: string, db: Monotable): void {
  const named = open.get(name) ?? new Set<Monotable>();
  named.add(db);
  open.set(name, named);
}

export function unregisterOpenConnection(name: string, db: Monotable): void {
  const named = open.get(name);
  named?.delete(db);
  if (named?.size === 0) open.delete(name);
}

/** The open connections named `name`. */
export function openConnectionsNamed(name: string): Monotable[] {
  return [...(open.get(name) ?? [])];
}
