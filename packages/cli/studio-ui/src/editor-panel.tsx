import { useEffect, useState } from 'preact/hooks';
import { postJson } from './api';
import { cellText, entityStyle } from './entity-style';
import { ErrorBox } from './error-box';
import type { AttributeView, Editing, EntityView, Item, StudioModel } from './types';

interface EditorPanelProps {
  model: StudioModel;
  editing?: Editing;
  onEditing(editing: Editing): void;
}

const STRUCTURED = new Set(['map', 'list', 'set', 'any']);
/** Filled by monotable on every write: shown, never typed. */
const AUTOMATIC = new Set(['version', 'createdAt', 'updatedAt']);

const slotsOf = (template: string | undefined) =>
  [...(template ?? '').matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

function toText(attribute: AttributeView, value: unknown): string {
  if (value === undefined || value === null) return '';
  return STRUCTURED.has(attribute.type) ? JSON.stringify(value) : cellText(value);
}

function fromText(attribute: AttributeView, text: string): unknown {
  if (attribute.type === 'number') return text.trim() === '' ? text : Number(text);
  if (attribute.type === 'boolean') return text === 'true';
  if (STRUCTURED.has(attribute.type)) {
    try {
      return JSON.parse(text);
    } catch {
      return text; // the repository's validation says what is wrong with it
    }
  }
  return text;
}

function Field({
  attribute,
  value,
  readOnly,
  onInput,
}: {
  attribute: AttributeView;
  value: string;
  readOnly: boolean;
  onInput(text: string): void;
}) {
  const id = `field-${attribute.property}`;
  const input = (event: Event) => onInput((event.target as HTMLInputElement).value);
  return (
    <div class="field">
      <label for={id}>
        {attribute.property}{' '}
        <span class="muted">
          {attribute.type}
          {attribute.unique ? ', unique' : ''}
          {attribute.role ? `, ${attribute.role}` : ''}
        </span>
      </label>
      {STRUCTURED.has(attribute.type) ? (
        <textarea
          id={id}
          name={attribute.property}
          value={value}
          readOnly={readOnly}
          onInput={input}
          rows={3}
        />
      ) : (
        <input
          id={id}
          name={attribute.property}
          value={value}
          readOnly={readOnly}
          onInput={input}
          inputMode={attribute.type === 'number' ? 'decimal' : undefined}
        />
      )}
    </div>
  );
}

/** Creates, updates and deletes items through the repository: validation and checks apply. */
export function EditorPanel({ model, editing, onEditing }: EditorPanelProps) {
  const entities = model.view.entities;
  const entity: EntityView =
    entities.find((candidate) => candidate.name === editing?.entity) ?? entities[0];
  const existing = editing?.item;
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setTexts(
      Object.fromEntries(
        entity.attributes.map((a) => [a.property, toText(a, existing?.[a.property])]),
      ),
    );
    setError(undefined);
  }, [entity.name, existing]);

  const keySlots = new Set([...slotsOf(entity.pk), ...slotsOf(entity.sk)]);
  const versionProperty = entity.attributes.find((a) => a.role === 'version')?.property;
  const keyOf = (item: Item) => Object.fromEntries([...keySlots].map((slot) => [slot, item[slot]]));

  const send = async (path: string, body: object, done: (item?: Item) => string) => {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const answer = await postJson<{ item?: Item }>(path, { entity: entity.name, ...body });
      setStatus(done(answer.item));
      onEditing({ entity: entity.name, item: path.endsWith('delete') ? undefined : answer.item });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const editable = entity.attributes.filter((a) => !AUTOMATIC.has(a.role ?? ''));
    if (!existing) {
      const data = Object.fromEntries(
        editable
          .filter((a) => texts[a.property] !== '')
          .map((a) => [a.property, fromText(a, texts[a.property])]),
      );
      return send('/api/items/create', { data }, () => `Created ${entity.name}`);
    }
    const changes = Object.fromEntries(
      editable
        .filter(
          (a) => !keySlots.has(a.property) && texts[a.property] !== toText(a, existing[a.property]),
        )
        .map((a) => [a.property, fromText(a, texts[a.property])]),
    );
    if (!Object.keys(changes).length) return setStatus('Nothing changed');
    const expectedVersion = versionProperty ? existing[versionProperty] : undefined;
    return send(
      '/api/items/update',
      { key: keyOf(existing), changes, expectedVersion },
      (item) =>
        `Saved ${entity.name}${versionProperty && item ? ` (version ${String(item[versionProperty])})` : ''}`,
    );
  };

  const remove = () => {
    if (!existing || !confirm(`Delete this ${entity.name}?`)) return;
    const expectedVersion = versionProperty ? existing[versionProperty] : undefined;
    return send(
      '/api/items/delete',
      { key: keyOf(existing), expectedVersion },
      () => `Deleted ${entity.name}`,
    );
  };

  return (
    <section aria-labelledby="editor-heading" style={entityStyle(entity)}>
      <h2 id="editor-heading">{existing ? `Edit ${entity.name}` : `New ${entity.name}`}</h2>
      <form
        class="editor"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label for="editor-entity">Entity</label>
        <select
          id="editor-entity"
          value={entity.name}
          disabled={Boolean(existing)}
          onChange={(event) => onEditing({ entity: (event.target as HTMLSelectElement).value })}
        >
          {entities.map((candidate) => (
            <option key={candidate.name}>{candidate.name}</option>
          ))}
        </select>
        <div class="fields">
          {entity.attributes.map((attribute) => (
            <Field
              key={attribute.property}
              attribute={attribute}
              value={texts[attribute.property] ?? ''}
              readOnly={
                AUTOMATIC.has(attribute.role ?? '') ||
                (Boolean(existing) && keySlots.has(attribute.property))
              }
              onInput={(text) => setTexts({ ...texts, [attribute.property]: text })}
            />
          ))}
        </div>
        <p class="toolbar">
          <button type="submit" disabled={busy}>
            {existing ? 'Save changes' : 'Create'}
          </button>
          {existing ? (
            <>
              <button type="button" disabled={busy} onClick={remove}>
                Delete
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => onEditing({ entity: entity.name })}
              >
                New {entity.name}
              </button>
            </>
          ) : null}
        </p>
      </form>
      <ErrorBox error={error} />
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
