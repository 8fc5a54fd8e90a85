import type { DynamoRequest } from '@monotable/core';
import type { AccessPattern } from './access-patterns';
import type { SentRequest } from './capacity-meter';
import { slotValues } from './entity-values';
import { StudioRequestError } from './http-io';
import { toJsonValue } from './json-values';
import type { StudioContext } from './studio-context';

export interface PatternRun {
  /** The access pattern's id from the catalogue. */
  pattern: string;
  /** Its slots' values, e.g. `{ customerId: 'ada' }`. */
  slots: Record<string, unknown>;
  limit?: number;
  cursor?: string;
}

export interface PatternResult {
  pattern: AccessPattern;
  items: unknown[];
  cursor?: string;
  /** The exact first request, as `db.explain` tells it. */
  request: DynamoRequest;
  /** Every request sent, with its consumed capacity. */
  sent: SentRequest[];
}

/** Runs a read pattern of the catalogue through the entity's repository. */
export async function runPattern(context: StudioContext, run: PatternRun): Promise<PatternResult> {
  const pattern = context.patterns.find((candidate) => candidate.id === run.pattern);
  if (!pattern) {
    throw new StudioRequestError(404, 'PATTERN_UNKNOWN', `No access pattern ${run.pattern}`);
  }
  if (pattern.kind !== 'get' && pattern.kind !== 'query') {
    throw new StudioRequestError(
      400,
      'PATTERN_NOT_A_READ',
      `${pattern.name} is a write: use the editor`,
    );
  }
  const meta = context.entity(pattern.entity);
  const repository = context.db.getRepository(meta.target as new () => object);
  const values = slotValues(meta, pattern.slots, run.slots ?? {});
  const read = async () => {
    if (pattern.kind === 'get') {
      const item = await repository.get(values as never);
      return { items: item ? [item] : [], cursor: undefined };
    }
    return repository.query(values as never, {
      ...(pattern.index !== 'table' ? { index: pattern.index as never } : {}),
      order: pattern.order,
      ...(run.limit ? { limit: run.limit } : {}),
      ...(run.cursor ? { cursor: run.cursor } : {}),
    });
  };
  const request = await context.db.explain(read);
  const { result, sent } = await context.meter.measure(read);
  return {
    pattern,
    items: result.items.map(toJsonValue),
    ...(result.cursor ? { cursor: result.cursor } : {}),
    request,
    sent,
  };
}
