import { describe, expect, it } from 'vitest';
import { multiply, resize } from './matmulModel';

const book = { rows: 2, cols: 3, values: [1, 3, 5, 2, 4, 6] };

describe('multiply', () => {
  it("gives the notes' product [1, 2]·[[1, 3, 5], [2, 4, 6]] = [5, 11, 17]", () => {
    expect(multiply([1, 2], book)).toEqual({ ok: true, y: [5, 11, 17] });
  });
  it('refuses a product whose inner sizes differ, saying which sizes', () => {
    expect(multiply([1, 2, 3], book)).toEqual({ ok: false, xLength: 3, wRows: 2 });
  });
});

describe('resize', () => {
  it('keeps the entries that still fit and fills new ones with 0', () => {
    expect(resize(book, 3, 2)).toEqual({ rows: 3, cols: 2, values: [1, 3, 2, 4, 0, 0] });
  });
});
