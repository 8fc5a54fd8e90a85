import { createTable } from '../conformance/harness/tables';

/**
 * The table every generated sequence runs on: pk/sk strings; GSI byStatus (#st + gsk, a
 * unique pk#sk copy, so index order is fully determined); LSI byN (pk + n, ALL).
 */
export const differentialTable = () =>
  createTable({
    gsis: [{ name: 'byStatus', hash: ['status', 'S'], range: ['gsk', 'S'] }],
    lsis: [{ name: 'byN', range: ['n', 'N'] }],
  });
