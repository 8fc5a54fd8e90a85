import { entityStyle } from './entity-style';
import type { EntityView, StudioModel } from './types';

const keyText = (key: string | string[] | undefined) =>
  Array.isArray(key) ? key.join(' + ') : key;

function EntityCard({ entity }: { entity: EntityView }) {
  return (
    <article
      class="entity-card"
      style={entityStyle(entity)}
      aria-labelledby={`entity-${entity.name}`}
    >
      <h3 id={`entity-${entity.name}`}>
        <span class="entity-badge">{entity.name}</span>
        <span class="muted"> schema version {entity.version}</span>
      </h3>
      <table class="compact">
        <caption>Key templates</caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Partition key</th>
            <th scope="col">Sort key</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">table</th>
            <td>
              <code>{entity.pk}</code>
            </td>
            <td>{entity.sk ? <code>{entity.sk}</code> : '—'}</td>
          </tr>
          {Object.entries(entity.indexes).map(([index, keys]) => (
            <tr key={index}>
              <th scope="row">{index}</th>
              <td>
                <code>{keyText(keys.pk)}</code>
              </td>
              <td>{keys.sk ? <code>{keyText(keys.sk)}</code> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="compact">
        <caption>Attributes</caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Type</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {entity.attributes.map((attribute) => (
            <tr key={attribute.property}>
              <th scope="row">
                <code>{attribute.property}</code>
                {attribute.attribute ? <span class="muted"> as {attribute.attribute}</span> : null}
              </th>
              <td>{attribute.type}</td>
              <td>
                {[
                  attribute.inKey && 'in a key',
                  attribute.unique && 'unique',
                  attribute.role,
                  attribute.generated && `generated (${attribute.generated})`,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entity.relations.length ? (
        <ul class="facts" aria-label="Relations">
          {entity.relations.map((relation) => (
            <li key={relation.property}>
              <code>{relation.property}</code> → {relation.target} ({relation.kind}
              {relation.through ? ` via ${relation.through}` : ''}), reads {relation.readsIndex}
            </li>
          ))}
        </ul>
      ) : null}
      <ul class="facts" aria-label="Constraints">
        <li>Unique: {entity.unique.length ? entity.unique.join(', ') : 'none'}</li>
        <li>TTL: {entity.ttl ?? 'none'}</li>
      </ul>
    </article>
  );
}

/** Every entity of the table, each in its colour. */
export function ModelPanel({ model }: { model: StudioModel }) {
  const { table, entities } = model.view;
  return (
    <section aria-labelledby="model-heading">
      <h2 id="model-heading">Model</h2>
      <p>
        Table <code>{table.name}</code>: partition key <code>{table.partitionKey}</code>
        {table.sortKey ? (
          <>
            , sort key <code>{table.sortKey}</code>
          </>
        ) : null}
        , entity type in <code>{table.entityTypeAttribute}</code>
        {table.indexes.map((index) => (
          <span key={index.name}>
            ; {index.name} ({index.type}: <code>{keyText(index.partitionKey)}</code>
            {index.sortKey ? (
              <>
                , <code>{keyText(index.sortKey)}</code>
              </>
            ) : null}
            )
          </span>
        ))}
        .
      </p>
      <div class="entity-cards">
        {entities.map((entity) => (
          <EntityCard key={entity.name} entity={entity} />
        ))}
      </div>
    </section>
  );
}
