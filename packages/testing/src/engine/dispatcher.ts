import { EngineError } from './errors';
import type { Operation, OperationContext } from './operation-context';
import type { RequestRecorder } from './request-recorder';
import { decodeWireBinaries, encodeWireBinaries } from './wire';

/**
 * Runs one request: records it, applies injected throttling, finds the operation, checks the
 * request, then runs it (see Operation), converting binary values between their wire form
 * (base64) and bytes.
 */
export class Dispatcher {
  constructor(
    private readonly operations: Readonly<Record<string, Operation>>,
    private readonly context: OperationContext,
    private readonly recorder: RequestRecorder,
  ) {}

  run(operation: string, input: Record<string, unknown>): unknown {
    this.recorder.record(operation, input, this.context.clock.now());
    const handler = Object.prototype.hasOwnProperty.call(this.operations, operation) ? this.operations[operation] : undefined;
    if (!handler) throw new EngineError('UnknownOperationException', 'An unknown operation was requested.');
    const throttled = this.context.faults.throttleFor(operation);
    if (throttled) throw throttled;
    try {
      const checked = handler.check(decodeWireBinaries(input));
      return encodeWireBinaries(handler.run(checked, this.context));
    } catch (error) {
      // Error bodies can carry items too (ConditionalCheckFailedException's Item, CancellationReasons).
      if (error instanceof EngineError && Object.keys(error.extra).length > 0) {
        throw new EngineError(error.type, error.message, encodeWireBinaries(error.extra), error.statusCode);
      }
      throw error;
    }
  }
}
