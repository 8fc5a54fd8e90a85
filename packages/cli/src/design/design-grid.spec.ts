import { designGrid, tableSummary } from './design-grid';
import type { TableDesign } from './table-design';

const design: TableDesign = {
  table: {
    name: 'app',
    partitionKey: 'pk',
    sortKey: 'sk',
    entityTypeAttribute: 'kind',
    schemaVersionAttribute: 'version',
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

  it('gives a multi-attribute index a column per side, titled by its attributes', () => {
    const board: TableDesign = {
      table: {
        name: 'board',
        partitionKey: 'PK',
        sortKey: 'SK',
        entityTypeAttribute: '_type',
        schemaVersionAttribute: '_v',
        indexes: [
          {
            name: 'byStatus',
            type: 'global',
            partitionKey: ['orgId', 'status'],
            sortKey: ['priority', 'createdAt'],
            keyTypes: { orgId: 'S', status: 'S', priority: 'N' },
            projection: 'ALL',
          },
        ],
      },
      entities: [
        {
          name: 'Bug',
          className: 'Bug',
          version: 1,
          pk: 'ORG#{orgId}',
          sk: 'BUG#{id}',
          indexes: { byStatus: { pk: ['orgId', 'state'], sk: ['severity', 'reportedAt'] } },
          relations: [],
        },
      ],
    };
    const grid = designGrid(board);
    expect(grid.header).toEqual([
      'Entity',
      'PK',
      'SK',
      'orgId + status',
      'priority + createdAt',
      'Relations',
    ]);
    expect(grid.rows).toEqual([
      [['Bug'], ['ORG#{orgId}'], ['BUG#{id}'], ['orgId + state'], ['severity + reportedAt'], []],
    ]);
    // An attribute whose type nothing tells is shown without one.
    expect(tableSummary(board)[1]).toBe(
      'Indexes: byStatus (global: orgId (S) + status (S), priority (N) + createdAt; projection ALL)',
    );
  });

  it('names the stream of a table that has one', () => {
    const streamed = { ...design, table: { ...design.table, stream: 'NEW_AND_OLD_IMAGES' } };
    expect(tableSummary(streamed).at(-1)).toBe('Stream: NEW_AND_OLD_IMAGES images in each record');
    expect(tableSummary(design).some((line) => line.startsWith('Stream'))).toBe(false);
  });

  it('summarises the table and its indexes', () => {
    expect(tableSummary(design, (name) => `<${name}>`)).toEqual([
      'Table <app>: partition key <pk>, sort key <sk>, entity type in <kind>',
      'Indexes: <byDate> (local: <pk>, <lsi1sk>; projection KEYS_ONLY), <byEmail> (global: <gsi1pk>; projection INCLUDE email)',
    ]);
  });
});
