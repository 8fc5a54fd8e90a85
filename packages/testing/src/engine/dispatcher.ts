import { EngineError } from './errors';
import type { OperationContext, OperationHandler } from './operation-context';
import type { RequestRecorder } from './request-recorder';
import { decodeWireBinaries, encodeWireBinaries } from './wire';

/**
 * Runs one request: records it, applies injected throttling, finds the operation's handler and
 * converts binary values between their wire form (base64) and bytes.
 */
export class Dispatcher {
  constructor(
    private readonly handlers: Readonly<Record<string, OperationHandler>>,
    private readonly context: OperationContext,
    private readonly recorder: RequestRecorder,
  ) {}

  run(operation: string, input: Record<string, unknown>): unknown {
    this.recorder.record(operation, input, this.context.clock.now());
    const handler = Object.prototype.hasOwnProperty.call(this.handlers, operation) ? this.handlers[operation] : undefined;
    if (!handler) throw new EngineError('UnknownOperationException', 'An unknown operation was requested.');
    const throttled = this.context.faults.throttleFor(operation);
    if (throttled) throw throttled;
    try {
      return encodeWireBinaries(handler(decodeWireBinaries(input), this.context));
    } catch (error) {
      // Error bodies can carry items too (ConditionalCheckFailedException's Item, CancellationReasons).
      if (error instanceof EngineError && Object.keys(error.extra).length > 0) {
        throw new EngineError(error.type, error.message, encodeWireBinaries(error.extra), error.statusCode);
      }
      throw error;
    }
  }
}
