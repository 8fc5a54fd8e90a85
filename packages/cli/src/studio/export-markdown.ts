import { renderMarkdownTable } from '../render/markdown';
import type { AccessPattern } from './access-patterns';
import type { ModelView } from './model-view';

const code = (value: string) => `\`${value.replace(/\|/g, '\\|')}\``;

function entitySection(entity: ModelView['entities'][number]): string[] {
  const keys = [`- PK \`${entity.pk}\``, ...(entity.sk ? [`- SK \`${entity.sk}\``] : [])];
  for (const [index, templates] of Object.entries(entity.indexes)) {
    keys.push(
      `- ${index}: \`${String(templates.pk)}\`${templates.sk ? ` / \`${String(templates.sk)}\`` : ''}`,
    );
  }
  const attributes = entity.attributes.map((attribute) => {
    const notes = [attribute.role, attribute.generated && `generated ${attribute.generated}`]
      .concat(attribute.unique ? ['unique'] : [])
      .filter(Boolean);
    return `- \`${attribute.property}\`: ${attribute.type}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  });
  const relations = entity.relations.map(
    (relation) =>
      `- \`${relation.property}\` → ${relation.target} (${relation.kind}` +
      `${relation.through ? ` via ${relation.through}` : ''}; reads ${relation.readsIndex})`,
  );
  return [
    `### ${entity.name} (schema version ${entity.version})`,
    '',
    ...keys,
    '',
    'Attributes:',
    '',
    ...attributes,
    ...(relations.length ? ['', 'Relations:', '', ...relations] : []),
    ...(entity.ttl ? ['', `TTL: \`${entity.ttl}\``] : []),
    '',
  ];
}

/** The model and its access-pattern catalogue as one Markdown document. */
export function renderCatalogueMarkdown(view: ModelView, patterns: AccessPattern[]): string {
  const header = ['Access pattern', 'Entity', 'Operation', 'Key condition', 'Index', 'Requests'];
  const table = renderMarkdownTable({
    header,
    templates: header.map((title) => title === 'Key condition'),
    rows: patterns.map((pattern) => [
      [pattern.name],
      [pattern.entity],
      [pattern.operation],
      [pattern.keyCondition],
      [pattern.index],
      [pattern.requests],
    ]),
  });
  const indexes = view.table.indexes.map(
    (index) =>
      `${index.name} (${index.type}: ${[index.partitionKey, index.sortKey].filter(Boolean).join(', ')})`,
  );
  return [
    `# Table ${code(view.table.name)}`,
    '',
    `Partition key ${code(view.table.partitionKey)}` +
      (view.table.sortKey ? `, sort key ${code(view.table.sortKey)}` : '') +
      `, entity type in ${code(view.table.entityTypeAttribute)}.` +
      (indexes.length ? ` Indexes: ${indexes.join('; ')}.` : ''),
    '',
    '## Access patterns',
    '',
    table,
    '',
    '## Entities',
    '',
    ...view.entities.flatMap(entitySection),
  ].join('\n');
}
