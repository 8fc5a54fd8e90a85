import { ConsoleLogger } from '@nestjs/common';

/** Nest's contexts that list every module and route at startup. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * Nest's console logger without the startup inventory of modules and routes, so that the
 * banner of `npm start` is not buried; everything else (requests, warnings, errors) is logged.
 */
export class StartupQuietLogger extends ConsoleLogger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) return;
    super.log(message, ...optionalParams);
  }
}
