import { downloadUrl } from './api';
import { entityStyle } from './entity-style';
import type { AccessPattern, StudioModel } from './types';

interface CatalogueProps {
  model: StudioModel;
  onRun(pattern: AccessPattern): void;
}

/** The access patterns the model serves, each runnable when it is a read. */
export function CataloguePanel({ model, onRun }: CatalogueProps) {
  const byName = new Map(model.view.entities.map((entity) => [entity.name, entity]));
  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">Access patterns</h2>
      <p class="toolbar">
        <a class="button" href={downloadUrl('/api/export/markdown')} download>
          Export Markdown
        </a>
        <a class="button" href={downloadUrl('/api/export/workbench')} download>
          Export NoSQL Workbench model
        </a>
      </p>
      <div class="scroll">
        <table class="catalogue">
          <thead>
            <tr>
              <th scope="col">Access pattern</th>
              <th scope="col">Entity</th>
              <th scope="col">Operation</th>
              <th scope="col">Key condition</th>
              <th scope="col">Index</th>
              <th scope="col">Requests</th>
              <th scope="col">
                <span class="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.patterns.map((pattern) => (
              <tr key={pattern.id}>
                <th scope="row">{pattern.name}</th>
                <td>
                  <span class="entity-badge" style={entityStyle(byName.get(pattern.entity))}>
                    {pattern.entity}
                  </span>
                </td>
                <td>{pattern.operation}</td>
                <td>
                  <code>{pattern.keyCondition}</code>
                </td>
                <td>{pattern.index}</td>
                <td>{pattern.requests}</td>
                <td>
                  {pattern.kind === 'get' || pattern.kind === 'query' ? (
                    <button
                      type="button"
                      onClick={() => onRun(pattern)}
                      aria-label={`Run ${pattern.name}`}
                    >
                      Run
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
