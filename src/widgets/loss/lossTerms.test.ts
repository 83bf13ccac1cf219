import { describe, expect, it } from 'vitest';
import { crossEntropyTerms, negLogCurve, squaredError } from './lossTerms';

describe('squaredError', () => {
  it("gives the notes' L = 29 as the plain sum for predicted (100, 80) against actual (105, 78)", () => {
    const e = squaredError([100, 80], [105, 78]);
    expect(e.terms).toEqual([25, 4]);
    expect(e.sum).toBe(29);
  });

  it('gives 14.5 under both the half-sum and the mean conventions for that example', () => {
    const e = squaredError([100, 80], [105, 78]);
    expect(e.half).toBe(14.5);
    expect(e.mean).toBe(14.5);
  });

  it('tells the half-sum and the mean apart when there are more than two outputs', () => {
    const e = squaredError([1, 2, 3], [0, 0, 0]);
    expect(e.half).toBe(7);
    expect(e.mean).toBeCloseTo(14 / 3, 12);
  });
});

describe('crossEntropyTerms', () => {
  it('is −log of the probability given to the true class, and every other term is 0', () => {
    const e = crossEntropyTerms([0.1, 0.6, 0.3], 1);
    expect(e.terms[0]).toBe(0);
    expect(e.terms[2]).toBe(0);
    expect(e.terms[1]).toBeCloseTo(-Math.log(0.6 + 1e-7), 12);
    expect(e.total).toBeCloseTo(e.terms[1] ?? 0, 12);
    expect(e.mass).toBeCloseTo(1, 12);
  });

  it('stays finite when the true class gets probability 0, thanks to the 1e-7 delta', () => {
    const e = crossEntropyTerms([1, 0, 0], 2);
    expect(e.total).toBeCloseTo(-Math.log(1e-7), 9);
  });
});

describe('negLogCurve', () => {
  it('falls from large values near 0 to 0 at y = 1', () => {
    const c = negLogCurve(50);
    expect(c[0]?.[1]).toBeGreaterThan(5);
    expect(c[49]?.[0]).toBeCloseTo(1, 12);
    expect(c[49]?.[1]).toBeCloseTo(0, 12);
  });
});
