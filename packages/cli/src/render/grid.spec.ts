import { renderGrid } from './grid';

describe('renderGrid', () => {
  it('aligns columns, rules the header and gives multi-line cells their own lines', () => {
    const grid = {
      header: ['Entity', 'PK', 'Relations'],
      templates: [false, true, false],
      rows: [
        [['Customer'], ['CUSTOMER#{id}'], ['orders → Order (hasMany)']],
        [
          ['Order'],
          ['CUSTOMER#{customerId}'],
          ['customer → Customer (belongsTo)', 'lines → OrderLine (hasMany)'],
        ],
        [['Tag'], [], []],
      ],
    };
    expect(renderGrid(grid).split('\n')).toEqual([
      'Entity    PK                     Relations',
      '--------  ---------------------  -------------------------------',
      'Customer  CUSTOMER#{id}          orders → Order (hasMany)',
      'Order     CUSTOMER#{customerId}  customer → Customer (belongsTo)',
      '                                 lines → OrderLine (hasMany)',
      'Tag',
    ]);
  });
});
