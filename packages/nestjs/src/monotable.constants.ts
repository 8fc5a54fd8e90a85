/** The connection used when no `name` is given to forRoot, forFeature or the Inject decorators. */
export const DEFAULT_CONNECTION_NAME = 'default';

/** The connection options of one core module (private to that module). */
export const MONOTABLE_MODULE_OPTIONS = 'MONOTABLE_MODULE_OPTIONS';

/** The name of the connection a core module owns (private to that module). */
export const MONOTABLE_CONNECTION_NAME = 'MONOTABLE_CONNECTION_NAME';

/** The entities one `forFeature()` registered, read back when connections are created. */
export const MONOTABLE_FEATURE_ENTITIES = 'MONOTABLE_FEATURE_ENTITIES';
