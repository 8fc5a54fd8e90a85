import { renderMarkdownTable } from './markdown';

describe('renderMarkdownTable', () => {
  it('sets templates as code, joins lines with <br> and escapes pipes', () => {
    const grid = {
      header: ['Entity', 'PK', 'Relations'],
      templates: [false, true, false],
      rows: [
        [['A|B'], ['X#{id}'], ['one', 'two']],
        [['C'], [], []],
      ],
    };
    expect(renderMarkdownTable(grid)).toBe(
      [
        '| Entity | PK | Relations |',
        '| --- | --- | --- |',
        '| A\\|B | `X#{id}` | one<br>two |',
        '| C |  |  |',
      ].join('\n'),
    );
  });
});
