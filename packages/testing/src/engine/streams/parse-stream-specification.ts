import type { StreamSpecification } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import {
  STREAM_VIEW_TYPES,
  streamLabel,
  type StreamViewType,
  type TableStreamSetting,
} from './stream-setting';

/** DynamoDB Local's wording for each refused StreamSpecification. */
export const streamMessages = {
  viewTypeMissing:
    'Invalid StreamViewType: Stream ViewType must not be null or empty when enabling streams.',
  viewTypeWhenDisabled:
    'Invalid StreamViewType: Stream StreamEnabled was false but a StreamViewType was present.',
  enabledMissing:
    "1 validation error detected: Value null at 'streamSpecification.streamEnabled' failed to satisfy constraint: Member must not be null",
  alreadyEnabled: 'Table already has an enabled stream',
  nothingToDisable: 'Table has no stream to disable',
};

/** Refuses a StreamSpecification DynamoDB refuses from the request alone (CreateTable, UpdateTable). */
export function checkStreamSpecification(specification: StreamSpecification | undefined): void {
  if (specification === undefined) return;
  if (specification.StreamEnabled === undefined)
    throw validationError(streamMessages.enabledMissing);
  const viewType = specification.StreamViewType;
  if (!specification.StreamEnabled) {
    if (viewType !== undefined) throw validationError(streamMessages.viewTypeWhenDisabled);
    return;
  }
  if (!viewType) throw validationError(streamMessages.viewTypeMissing);
  if (!(STREAM_VIEW_TYPES as readonly string[]).includes(viewType)) {
    // DynamoDB's enum constraint (DynamoDB Local echoes any view type back).
    throw validationError(
      `1 validation error detected: Value '${viewType}' at 'streamSpecification.streamViewType' failed to satisfy constraint: ` +
        `Member must satisfy enum value set: [${STREAM_VIEW_TYPES.join(', ')}]`,
    );
  }
}

/** The stream a new table starts with, if its (checked) specification enables one. */
export function initialStream(
  specification: StreamSpecification | undefined,
  nowMs: number,
): TableStreamSetting | undefined {
  if (!specification?.StreamEnabled) return undefined;
  return newStream(specification.StreamViewType as StreamViewType, nowMs);
}

/** The table's stream after UpdateTable's (checked) StreamSpecification. */
export function updatedStream(
  current: TableStreamSetting | undefined,
  specification: StreamSpecification,
  nowMs: number,
): TableStreamSetting {
  if (specification.StreamEnabled) {
    if (current?.enabled) throw validationError(streamMessages.alreadyEnabled);
    // Two enables within one millisecond would share a label: the later one moves on.
    const createdAtMs = current && current.createdAtMs >= nowMs ? current.createdAtMs + 1 : nowMs;
    return newStream(specification.StreamViewType as StreamViewType, createdAtMs);
  }
  if (!current?.enabled) throw validationError(streamMessages.nothingToDisable);
  return { ...current, enabled: false };
}

function newStream(viewType: StreamViewType, createdAtMs: number): TableStreamSetting {
  return { viewType, label: streamLabel(createdAtMs), createdAtMs, enabled: true };
}
