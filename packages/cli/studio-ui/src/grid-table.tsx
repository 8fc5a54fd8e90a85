import { cellText, entityStyle } from './entity-style';
import type { EntityView, GridItem, GridPartition, Item } from './types';

interface GridTableProps {
  partitions: GridPartition[];
  /** The view's key attributes, then the table's: the first columns. */
  keyColumns: string[];
  entities: Map<string, EntityView>;
  onEdit(entity: string, item: Item): void;
}

function columnsOf(partitions: GridPartition[], keyColumns: string[]): string[] {
  const present = new Set(partitions.flatMap((p) => p.items.flatMap((i) => Object.keys(i.item))));
  const rest = [...present].filter((name) => !keyColumns.includes(name));
  return [...keyColumns.filter((name) => present.has(name)), ...rest];
}

/** The stored item as the entity's properties (attribute names mapped back). */
export function propertiesOf(entity: EntityView, item: Item): Item {
  const properties: Item = {};
  for (const attribute of entity.attributes) {
    const value = item[attribute.attribute ?? attribute.property];
    if (value !== undefined) properties[attribute.property] = value;
  }
  return properties;
}

function ItemRow({
  row,
  columns,
  entity,
  onEdit,
}: {
  row: GridItem;
  columns: string[];
  entity?: EntityView;
  onEdit: GridTableProps['onEdit'];
}) {
  return (
    <tr class="item-row" style={entityStyle(entity)} data-entity={row.entity}>
      <td>
        <span class="entity-badge">{row.entity}</span>
      </td>
      {columns.map((column) => (
        <td key={column}>{cellText(row.item[column])}</td>
      ))}
      <td>
        {entity ? (
          <button
            type="button"
            onClick={() => onEdit(entity.name, propertiesOf(entity, row.item))}
            aria-label={`Edit ${row.entity} ${row.partition} ${row.sort ?? ''}`}
          >
            Edit
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** The single-table grid: one block of rows per item collection, one colour per entity. */
export function GridTable({ partitions, keyColumns, entities, onEdit }: GridTableProps) {
  const columns = columnsOf(partitions, keyColumns);
  if (!partitions.length) return <p>No items.</p>;
  return (
    <div class="scroll">
      <table class="grid" aria-label="Items grouped by partition">
        <thead>
          <tr>
            <th scope="col">Entity</th>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                class={keyColumns.includes(column) ? 'key-column' : undefined}
              >
                {column}
              </th>
            ))}
            <th scope="col">
              <span class="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        {partitions.map((partition) => (
          <tbody key={partition.key} class="partition">
            <tr class="partition-row">
              <th scope="rowgroup" colSpan={columns.length + 2}>
                {partition.key}{' '}
                <span class="muted">
                  ({partition.items.length} item{partition.items.length === 1 ? '' : 's'})
                </span>
              </th>
            </tr>
            {partition.items.map((row) => (
              <ItemRow
                key={`${row.partition}|${row.sort}`}
                row={row}
                columns={columns}
                entity={entities.get(row.entity)}
                onEdit={onEdit}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
