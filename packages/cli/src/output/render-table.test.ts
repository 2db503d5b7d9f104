import { describe, expect, it } from 'vitest';
import { renderTable } from './render-table.js';

describe('renderTable', () => {
  it('pads columns to their widest cell, and says when there are no rows', () => {
    expect(
      renderTable(
        ['ID', 'NAME'],
        [
          ['1', 'inventory'],
          ['10', 'shop'],
        ],
      ),
    ).toBe('ID  NAME\n1   inventory\n10  shop\n');
    expect(renderTable(['ID'], [])).toBe('(none)\n');
  });

  it('gives a header to a column left without one, and to cells beyond the headers', () => {
    expect(renderTable(['NAME', ''], [['prod', 'production']])).toBe('NAME  COLUMN 2\nprod  production\n');
    expect(renderTable(['NAME'], [['a', 'extra']])).toBe('NAME  COLUMN 2\na     extra\n');
  });
});
