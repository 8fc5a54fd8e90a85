import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson } from './api';
import { CataloguePanel } from './catalogue-panel';
import { DataPanel } from './data-panel';
import { EditorPanel } from './editor-panel';
import { ErrorBox } from './error-box';
import { ModelPanel } from './model-panel';
import { QueryPanel } from './query-panel';
import type { Editing, Item, StudioModel } from './types';

const TABS = [
  ['data', 'Data'],
  ['model', 'Model'],
  ['patterns', 'Access patterns'],
  ['query', 'Query'],
  ['edit', 'Edit'],
] as const;
type Tab = (typeof TABS)[number][0];

/** The tab list is one stop for Tab; the arrow keys, Home and End move between the tabs. */
const TAB_MOVES: Record<string, (current: number) => number> = {
  ArrowRight: (current) => (current + 1) % TABS.length,
  ArrowLeft: (current) => (current - 1 + TABS.length) % TABS.length,
  Home: () => 0,
  End: () => TABS.length - 1,
};

function App() {
  const [model, setModel] = useState<StudioModel>();
  const [error, setError] = useState<unknown>();
  const [tab, setTab] = useState<Tab>('data');
  const [patternId, setPatternId] = useState<string>();
  const [editing, setEditing] = useState<Editing>();

  useEffect(() => {
    getJson<StudioModel>('/api/model').then(setModel, setError);
  }, []);

  const moveBetweenTabs = (event: KeyboardEvent) => {
    const move = TAB_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const [next] = TABS[move(TABS.findIndex(([id]) => id === tab))];
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  const edit = (entity: string, item: Item) => {
    setEditing({ entity, item });
    setTab('edit');
  };

  return (
    <>
      <header class="top">
        <h1>
          monotable studio{model ? <span class="muted"> · {model.view.table.name}</span> : null}
        </h1>
        <nav aria-label="Views">
          <ul role="tablist" onKeyDown={moveBetweenTabs}>
            {TABS.map(([id, label]) => (
              <li key={id} role="presentation">
                <button
                  type="button"
                  role="tab"
                  id={`tab-${id}`}
                  aria-selected={tab === id}
                  aria-controls="panel"
                  tabIndex={tab === id ? 0 : -1}
                  onClick={() => setTab(id)}
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <ErrorBox error={error} />
        {!model ? (
          error ? null : (
            <p>Loading the model…</p>
          )
        ) : tab === 'model' ? (
          <ModelPanel model={model} />
        ) : tab === 'patterns' ? (
          <CataloguePanel
            model={model}
            onRun={(pattern) => {
              setPatternId(pattern.id);
              setTab('query');
            }}
          />
        ) : tab === 'query' ? (
          <QueryPanel model={model} patternId={patternId} onPattern={setPatternId} onEdit={edit} />
        ) : tab === 'edit' ? (
          <EditorPanel model={model} editing={editing} onEditing={setEditing} />
        ) : (
          <DataPanel model={model} onEdit={edit} />
        )}
      </main>
    </>
  );
}

const root = document.getElementById('app')!;
// The static "Loading" line goes: Preact renders beside existing children.
root.textContent = '';
render(<App />, root);
