import { Table } from '@monotable/core';

/**
 * The one table of the shop. GSI1 is overloaded: each entity that needs a second access path
 * writes its own key shapes into it (see README.md, "Item layout"). Its stream carries each
 * written item as it is after the write: the sales counter (src/sales/) reads the order lines
 * from it.
 */
export const ShopTable = new Table({
  name: 'monotable-shop',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
  stream: 'NEW_IMAGE',
});
