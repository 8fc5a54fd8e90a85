import type { EntityDesign, IndexDesign, RelationDesign, TableDesign } from './table-design';

/** Rows of cells, each cell a list of lines; rendered by the terminal and markdown renderers. */
export interface Grid {
  header: string[];
  /** Per column: whether it holds key templates (set as code in markdown). */
  templates: boolean[];
  rows: string[][][];
}

interface Column {
  title: string;
  template?: boolean;
  cell(entity: EntityDesign): string[];
}

/** A key as one line: a template as it is, a list of attributes or properties joined by ' + '. */
const keyText = (key: string | string[] | undefined): string | undefined =>
  Array.isArray(key) ? key.join(' + ') : key;

const text = (value: string | string[] | undefined): string[] => {
  const line = keyText(value);
  return line ? [line] : [];
};

export function describeRelation(relation: RelationDesign): string {
  const through = relation.through ? ` via ${relation.through}` : '';
  return `${relation.property} → ${relation.target} (${relation.kind}${through})`;
}

/**
 * The columns of a design: the entity, its primary key templates, the key templates of every
 * index of the table (titled by key attribute), and its relations. A multi-attribute index has
 * a column per side, titled by its attributes ('orgId + status'), holding the properties each
 * entity fills them with.
 */
function columns(design: TableDesign): Column[] {
  const { table } = design;
  const result: Column[] = [
    {
      title: 'Entity',
      cell: (entity) => [entity.version > 1 ? `${entity.name} (v${entity.version})` : entity.name],
    },
    { title: table.partitionKey, template: true, cell: (entity) => text(entity.pk) },
  ];
  if (table.sortKey)
    result.push({ title: table.sortKey, template: true, cell: (entity) => text(entity.sk) });
  for (const index of table.indexes) {
    // A local index shares the table's partition key: only its sort key is its own.
    if (index.type === 'global') {
      result.push({
        title: keyText(index.partitionKey)!,
        template: true,
        cell: (entity) => text(entity.indexes[index.name]?.pk),
      });
    }
    if (index.sortKey) {
      result.push({
        title: keyText(index.sortKey)!,
        template: true,
        cell: (entity) => text(entity.indexes[index.name]?.sk),
      });
    }
  }
  result.push({ title: 'Relations', cell: (entity) => entity.relations.map(describeRelation) });
  return result;
}

export function designGrid(design: TableDesign): Grid {
  const all = columns(design);
  return {
    header: all.map((column) => column.title),
    templates: all.map((column) => Boolean(column.template)),
    rows: design.entities.map((entity) => all.map((column) => column.cell(entity))),
  };
}

/** The table's keys and indexes, in words; `code` marks names (backticks in markdown). */
export function tableSummary(
  design: TableDesign,
  code: (name: string) => string = (name) => name,
): string[] {
  const { table } = design;
  const sortKey = table.sortKey ? `, sort key ${code(table.sortKey)}` : '';
  const lines = [
    `Table ${code(table.name)}: partition key ${code(table.partitionKey)}${sortKey}, entity type in ${code(table.entityTypeAttribute)}`,
  ];
  if (table.indexes.length) {
    const attribute = (index: IndexDesign, name: string) => {
      const type = index.keyTypes?.[name];
      return type ? `${code(name)} (${type})` : code(name);
    };
    const side = (index: IndexDesign, key: string | string[]) =>
      Array.isArray(key) ? key.map((name) => attribute(index, name)).join(' + ') : code(key);
    const indexes = table.indexes.map((index) => {
      const keys = [index.partitionKey, index.sortKey]
        .filter((key): key is string | string[] => Boolean(key))
        .map((key) => side(index, key));
      const projection = Array.isArray(index.projection)
        ? `INCLUDE ${index.projection.join(', ')}`
        : index.projection;
      return `${code(index.name)} (${index.type}: ${keys.join(', ')}; projection ${projection})`;
    });
    lines.push(`Indexes: ${indexes.join(', ')}`);
  }
  if (table.stream) lines.push(`Stream: ${code(table.stream)} images in each record`);
  return lines;
}
