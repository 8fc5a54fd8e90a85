import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { postJson } from './api';
import { cellText, entityStyle } from './entity-style';
import { ErrorBox } from './error-box';
import type { AccessPattern, Item, SentRequest, StudioModel } from './types';

interface QueryResult {
  items: Item[];
  cursor?: string;
  request: { operation: string; params: unknown };
  sent: SentRequest[];
}

interface QueryPanelProps {
  model: StudioModel;
  patternId?: string;
  onPattern(id: string): void;
  onEdit(entity: string, item: Item): void;
}

const isRead = (pattern: AccessPattern) => pattern.kind === 'get' || pattern.kind === 'query';

function capacityText(sent: SentRequest[]): string {
  return sent
    .map((request) => {
      const capacity = request.consumedCapacity as { CapacityUnits?: number } | undefined;
      return `${request.operation}: ${capacity?.CapacityUnits ?? '?'} capacity units`;
    })
    .join('; ');
}

/** Runs one read pattern of the catalogue: fill its slots, see the items and the exact request. */
export function QueryPanel({ model, patternId, onPattern, onEdit }: QueryPanelProps) {
  const reads = model.patterns.filter(isRead);
  const pattern = reads.find((candidate) => candidate.id === patternId) ?? reads[0];
  const entity = model.view.entities.find((candidate) => candidate.name === pattern?.entity);
  const [slots, setSlots] = useState<Record<string, string>>({});
  const [limit, setLimit] = useState('25');
  const [result, setResult] = useState<QueryResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setResult(undefined);
    setError(undefined);
  }, [pattern?.id]);

  const run = async (cursor?: string) => {
    if (!pattern) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await postJson<QueryResult>('/api/query', {
        pattern: pattern.id,
        slots,
        limit: Number(limit) || undefined,
        cursor,
      });
      setResult(
        cursor && result ? { ...answer, items: [...result.items, ...answer.items] } : answer,
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (!pattern) return <p>The model has no read patterns.</p>;
  const columns = [...new Set(result?.items.flatMap((item) => Object.keys(item)) ?? [])];
  return (
    <section aria-labelledby="query-heading">
      <h2 id="query-heading">Query</h2>
      <form
        class="query-form"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <label for="query-entity">Entity</label>
        <select
          id="query-entity"
          value={pattern.entity}
          onChange={(event) => {
            const name = (event.target as HTMLSelectElement).value;
            onPattern(reads.find((candidate) => candidate.entity === name)!.id);
          }}
        >
          {[...new Set(reads.map((candidate) => candidate.entity))].map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <label for="query-pattern">Access pattern</label>
        <select
          id="query-pattern"
          value={pattern.id}
          onChange={(event) => onPattern((event.target as HTMLSelectElement).value)}
        >
          {reads
            .filter((candidate) => candidate.entity === pattern.entity)
            .map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
        </select>
        <p class="muted">
          {pattern.operation} on {pattern.index}: <code>{pattern.keyCondition}</code>
        </p>
        {pattern.slots.map((slot) => (
          <Fragment key={`${pattern.id}-${slot}`}>
            <label for={`slot-${slot}`}>{slot}</label>
            <input
              id={`slot-${slot}`}
              name={slot}
              required
              value={slots[slot] ?? ''}
              onInput={(event) =>
                setSlots({ ...slots, [slot]: (event.target as HTMLInputElement).value })
              }
            />
          </Fragment>
        ))}
        {pattern.kind === 'query' ? (
          <>
            <label for="query-limit">Limit</label>
            <input
              id="query-limit"
              type="number"
              min={1}
              max={1000}
              value={limit}
              onInput={(event) => setLimit((event.target as HTMLInputElement).value)}
            />
          </>
        ) : null}
        <button type="submit" disabled={busy}>
          Run query
        </button>
      </form>
      <ErrorBox error={error} />
      {result ? (
        <>
          <h3>Items ({result.items.length})</h3>
          {result.items.length ? (
            <div class="scroll">
              <table class="grid results" aria-label="Query results">
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                    <th scope="col">
                      <span class="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((item, i) => (
                    <tr key={i} class="item-row" style={entityStyle(entity)}>
                      {columns.map((column) => (
                        <td key={column}>{cellText(item[column])}</td>
                      ))}
                      <td>
                        <button type="button" onClick={() => onEdit(pattern.entity, item)}>
                          Edit
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No items.</p>
          )}
          {result.cursor ? (
            <button type="button" disabled={busy} onClick={() => run(result.cursor)}>
              Next page
            </button>
          ) : null}
          <h3>Request (explain)</h3>
          <pre class="explain" aria-label="Request">
            {JSON.stringify(result.request, null, 2)}
          </pre>
          <p>
            <strong>Consumed capacity:</strong>{' '}
            <span class="capacity">{capacityText(result.sent)}</span>
          </p>
        </>
      ) : null}
    </section>
  );
}
