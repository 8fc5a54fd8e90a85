import { EXIT } from '../errors';

/**
 * An AbortSignal raised by the first Ctrl-C (SIGINT) or SIGTERM: the migration stops after
 * the pages in flight and saves its checkpoint. A second Ctrl-C quits at once.
 */
export function abortOnInterrupt(onFirst: () => void): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
    onFirst();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}
