import { designGrid, tableSummary } from './design-grid';
import type { TableDesign } from './table-design';

const design: TableDesign = {
  table: {
    name: 'app',
    partitionKey: 'pk',
    sortKey: 'sk',
    entityTypeAttribute: 'kind',
    indexes: [
      {
        name: 'byDate',
        type: 'local',
        partitionKey: 'pk',
        sortKey: 'lsi1sk',
        projection: 'KEYS_ONLY',
      },
      { name: 'byEmail', type: 'global', partitionKey: 'gsi1pk', projection: ['email'] },
    ],
  },
  entities: [
    {
      name: 'User',
      className: 'UserEntity',
      version: 1,
      pk: 'USER#{id}',
      sk: 'USER',
      indexes: { byDate: { sk: 'CREATED#{createdAt}' }, byEmail: { pk: 'EMAIL#{email}' } },
      relations: [],
    },
  ],
};

describe('designGrid', () => {
  it('titles columns by key attribute; a local index adds only its sort key', () => {
    const grid = designGrid(design);
    expect(grid.header).toEqual(['Entity', 'pk', 'sk', 'lsi1sk', 'gsi1pk', 'Relations']);
    expect(grid.templates).toEqual([false, true, true, true, true, false]);
    expect(grid.rows).toEqual([
      [['User'], ['USER#{id}'], ['USER'], ['CREATED#{createdAt}'], ['EMAIL#{email}'], []],
    ]);
  });

  it('summarises the table and its indexes', () => {
    expect(tableSummary(design, (name) => `<${name}>`)).toEqual([
      'Table <app>: partition key <pk>, sort key <sk>, entity type in <kind>',
      'Indexes: <byDate> (local: <pk>, <lsi1sk>; projection KEYS_ONLY), <byEmail> (global: <gsi1pk>; projection INCLUDE email)',
    ]);
  });
});
