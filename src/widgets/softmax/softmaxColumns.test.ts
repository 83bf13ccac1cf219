import { describe, expect, it } from 'vitest';
import { naiveSoftmax, stableSoftmax } from './softmaxColumns';

describe('stableSoftmax', () => {
  it('gives finite probabilities that sum to 1 for 1010, 1000, 990', () => {
    const { y, shift } = stableSoftmax([1010, 1000, 990]);
    expect(shift).toBe(1010);
    expect(y[0]).toBeCloseTo(0.999954600070331, 12);
    expect(y[1]).toBeCloseTo(4.5397868608866656e-5, 15);
    expect(y[2]).toBeCloseTo(2.061060046209062e-9, 18);
    expect(y.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });
  it('keeps the order of the inputs', () => {
    const { y } = stableSoftmax([0.3, 2.9, 4.0]);
    expect(y[0]).toBeLessThan(y[1] ?? 0);
    expect(y[1]).toBeLessThan(y[2] ?? 0);
    expect(y[2]).toBeCloseTo(0.7365969137693786, 12);
  });
});

describe('naiveSoftmax', () => {
  it('overflows to Infinity and NaN for 1010, 1000, 990', () => {
    const { exps, total, y } = naiveSoftmax([1010, 1000, 990]);
    expect(exps[0]).toBe(Infinity);
    expect(total).toBe(Infinity);
    expect(y.every(Number.isNaN)).toBe(true);
  });
  it('agrees with the stable one for small inputs', () => {
    const naive = naiveSoftmax([0.3, 2.9, 4.0]).y;
    stableSoftmax([0.3, 2.9, 4.0]).y.forEach((v, i) => expect(naive[i]).toBeCloseTo(v, 12));
  });
});
