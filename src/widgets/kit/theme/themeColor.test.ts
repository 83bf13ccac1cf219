import { describe, expect, it } from 'vitest';
import { mix, parseColor } from './themeColor';

describe('parseColor', () => {
  it('reads the rgb() and rgba() forms getComputedStyle gives', () => {
    expect(parseColor('rgb(31, 35, 40)', [0, 0, 0])).toEqual([31, 35, 40]);
    expect(parseColor(' rgba(138, 180, 255, 0.16) ', [0, 0, 0])).toEqual([138, 180, 255]);
  });
  it('reads #rrggbb and #rgb', () => {
    expect(parseColor('#1d4ed8', [0, 0, 0])).toEqual([29, 78, 216]);
    expect(parseColor('#fff', [0, 0, 0])).toEqual([255, 255, 255]);
  });
  it('falls back on anything else, such as an unresolved light-dark() pair', () => {
    expect(parseColor('light-dark(#fff, #000)', [1, 2, 3])).toEqual([1, 2, 3]);
    expect(parseColor('', [1, 2, 3])).toEqual([1, 2, 3]);
  });
});

describe('mix', () => {
  it('interpolates each channel', () => {
    expect(mix([0, 100, 200], [100, 100, 0], 0.25)).toEqual([25, 100, 150]);
  });
});
