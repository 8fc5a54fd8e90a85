import { ConfigurationError } from '@monotable/core';
import type { DiscoveryService } from '@nestjs/core';
import { MONOTABLE_CONNECTION_NAME } from '../monotable.constants';

/**
 * Refuses two connections of one application with the same name: both would be exported
 * globally under one token and Nest would silently inject one of them everywhere.
 */
export function assertUniqueConnectionName(
  discovery: DiscoveryService,
  connectionName: string,
): void {
  const sameName = discovery
    .getProviders()
    .filter(
      (wrapper) =>
        wrapper.token === MONOTABLE_CONNECTION_NAME && wrapper.instance === connectionName,
    );
  if (sameName.length > 1) {
    throw new ConfigurationError(
      `${sameName.length} MonotableModule.forRoot/forRootAsync connections are named "${connectionName}": ` +
        'give each connection its own `name` and pass that name to forFeature(), ' +
        '@InjectRepository() and @InjectMonotable()',
    );
  }
}
