import { describe, expect, it } from 'vitest';
import { examples } from '../kit/graph/examples';
import { readValues, writeValues } from './varValues';

const specs = examples.apple.vars;

describe('readValues and writeValues', () => {
  it('round-trip the changed values and keep the book values for the rest', () => {
    const text = writeValues({ apple: 120, apple_num: 2, tax: 1.25 }, specs);
    expect(text).toBe('apple:120,tax:1.25');
    expect(readValues(text, specs)).toEqual({ apple: 120, apple_num: 2, tax: 1.25 });
  });

  it('clamps out-of-range values and ignores junk, unknown names and non-numbers', () => {
    expect(readValues('apple:1e9,tax:abc,bogus:3,,apple_num:NaN,:', specs)).toEqual({
      apple: 1000,
      apple_num: 2,
      tax: 1.1,
    });
    expect(readValues('', specs)).toEqual({ apple: 100, apple_num: 2, tax: 1.1 });
  });
});
