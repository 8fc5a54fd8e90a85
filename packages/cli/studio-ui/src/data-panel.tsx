import { useEffect, useState } from 'preact/hooks';
import { getJson, streamLines } from './api';
import { ErrorBox } from './error-box';
import { GridTable } from './grid-table';
import type { GridPartition, Item, StudioModel } from './types';

interface GridPage {
  partitions: GridPartition[];
  count: number;
  cursor?: string;
  operation: string;
  consumedCapacity?: { CapacityUnits?: number };
}

interface Progress {
  segments: number;
  segmentsDone: number;
  scanned: number;
}

interface DataPanelProps {
  model: StudioModel;
  onEdit(entity: string, item: Item): void;
}

const PAGE_SIZE = 50;

const capacity = (page: GridPage) =>
  page.consumedCapacity?.CapacityUnits !== undefined
    ? `, ${page.consumedCapacity.CapacityUnits} capacity units`
    : '';

function keyNames(model: StudioModel, index: string): string[] {
  const { table } = model.view;
  const own = index
    ? table.indexes.find((candidate) => candidate.name === index)
    : { partitionKey: table.partitionKey, sortKey: table.sortKey };
  const first = [own?.partitionKey, own?.sortKey].flat().filter(Boolean) as string[];
  return [...new Set([...first, ...model.keyColumns])];
}

/** The live table: a page at a time (a Scan page, or one partition's Query), or all of it when asked. */
export function DataPanel({ model, onEdit }: DataPanelProps) {
  const [index, setIndex] = useState('');
  const [partition, setPartition] = useState('');
  const [pages, setPages] = useState<GridPage[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress>();
  const entities = new Map(model.view.entities.map((entity) => [entity.name, entity]));

  const load = async (cursor?: string, view = index, key = partition) => {
    setBusy(true);
    setError(undefined);
    try {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (view) query.set('index', view);
      if (key) query.set('partition', key);
      if (cursor) query.set('cursor', cursor);
      const page = await getJson<GridPage>(`/api/items?${query}`);
      setPages((previous) => (cursor ? [...previous, page] : [page]));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const readAll = async () => {
    if (!confirm('Read the whole table? This scans every item (in parallel segments).')) return;
    setBusy(true);
    setError(undefined);
    setProgress({ segments: 4, segmentsDone: 0, scanned: 0 });
    try {
      await streamLines(`/api/items/all?segments=4${index ? `&index=${index}` : ''}`, (line) => {
        if (line.progress) setProgress(line.progress);
        if (line.error) setError(new Error(`${line.error.code}: ${line.error.message}`));
        if (line.result) setPages([{ ...line.result, operation: 'Scan (whole table)' }]);
      });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  useEffect(() => {
    load(undefined, '', '');
  }, []);

  // Pages are merged so an item collection split over two pages shows as one.
  const merged = new Map<string, GridPartition>();
  for (const page of pages) {
    for (const group of page.partitions) {
      const existing = merged.get(group.key);
      merged.set(
        group.key,
        existing ? { key: group.key, items: [...existing.items, ...group.items] } : group,
      );
    }
  }
  const partitions = [...merged.values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  const last = pages[pages.length - 1];
  const count = pages.reduce((sum, page) => sum + page.count, 0);

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          load();
        }}
      >
        <label for="grid-view">View</label>
        <select
          id="grid-view"
          value={index}
          onChange={(event) => {
            const view = (event.target as HTMLSelectElement).value;
            setIndex(view);
            load(undefined, view, partition);
          }}
        >
          <option value="">table</option>
          {model.view.table.indexes.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {candidate.name}
            </option>
          ))}
        </select>
        <label for="grid-partition">Partition key</label>
        <input
          id="grid-partition"
          value={partition}
          placeholder="e.g. CUSTOMER#ada (empty: a page of every partition)"
          size={36}
          onInput={(event) => setPartition((event.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          Show
        </button>
        <button type="button" disabled={busy} onClick={readAll}>
          Read whole table
        </button>
      </form>
      {progress ? (
        <p>
          <label>
            Scanning: {progress.segmentsDone} of {progress.segments} segments, {progress.scanned}{' '}
            items <progress max={progress.segments} value={progress.segmentsDone} />
          </label>
        </p>
      ) : null}
      <ErrorBox error={error} />
      <p class="muted" aria-live="polite">
        {busy
          ? 'Reading…'
          : last
            ? `${count} items in ${partitions.length} partitions (${last.operation}${index ? ` on ${index}` : ''}${capacity(last)})`
            : ''}
      </p>
      <GridTable
        partitions={partitions}
        keyColumns={keyNames(model, index)}
        entities={entities}
        onEdit={onEdit}
      />
      {last?.cursor ? (
        <p>
          <button type="button" disabled={busy} onClick={() => load(last.cursor)}>
            Next {PAGE_SIZE} items
          </button>
        </p>
      ) : null}
    </section>
  );
}
