import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/**
 * Logs `Stopped on SIGTERM` when a signal stops the app gracefully (`enableShutdownHooks()` in
 * main.ts): Nest has closed the HTTP server and now runs the shutdown hooks, this one among
 * them. Nothing is logged when a test calls `app.close()`.
 */
@Injectable()
export class ShutdownLog implements OnApplicationShutdown {
  private readonly logger = new Logger('Shop');

  onApplicationShutdown(signal?: string): void {
    if (signal) this.logger.log(`Stopped on ${signal}`);
  }
}
