import { describe, expect, it } from 'vitest';
import { arrowHead, clampToDomain, finitePoints, gridToDomain, logLevels, sampleGrid } from './contourGrid';

const domain = { x: [-2, 2], y: [-1, 1] } as const;

describe('sampleGrid', () => {
  it('samples cell centres row by row, with y rising by row', () => {
    const g = sampleGrid((x, y) => x + 10 * y, domain, 4, 2);
    expect(g.values[0]).toBeCloseTo(-1.5 - 5, 12);
    expect(g.values[3]).toBeCloseTo(1.5 - 5, 12);
    expect(g.values[4]).toBeCloseTo(-1.5 + 5, 12);
    expect(g.min).toBeCloseTo(-6.5, 12);
    expect(g.max).toBeCloseTo(6.5, 12);
  });

  it('replaces non-finite samples by the largest finite one, so contours never see NaN', () => {
    const g = sampleGrid((x) => (x > 0 ? Number.NaN : 1 - x), domain, 4, 1);
    expect([...g.values].every(Number.isFinite)).toBe(true);
    expect(g.values[3]).toBe(g.max);
  });
});

describe('logLevels', () => {
  it('spaces levels by a constant ratio strictly between the bounds', () => {
    const levels = logLevels(0.01, 100, 3);
    expect(levels).toHaveLength(3);
    expect(levels[0]).toBeCloseTo(0.1, 12);
    expect(levels[1]).toBeCloseTo(1, 12);
    expect(levels[2]).toBeCloseTo(10, 12);
  });

  it('uses a floor below the top when the minimum is exactly zero', () => {
    const levels = logLevels(0, 30, 8);
    expect(levels).toHaveLength(8);
    expect(levels[0]).toBeGreaterThan(30e-4);
    expect(levels.every((v, i) => i === 0 || v > (levels[i - 1] ?? 0))).toBe(true);
  });

  it('gives no levels for a surface that is zero or negative everywhere', () => {
    expect(logLevels(-3, 0, 5)).toEqual([]);
  });
});

describe('gridToDomain and clampToDomain', () => {
  it('maps the grid corners onto the domain corners', () => {
    expect(gridToDomain(0, 0, { nx: 10, ny: 5 }, domain)).toEqual([-2, -1]);
    expect(gridToDomain(10, 5, { nx: 10, ny: 5 }, domain)).toEqual([2, 1]);
  });

  it('clamps points into the domain and sends NaN to the centre', () => {
    expect(clampToDomain([5, -5], domain)).toEqual([2, -1]);
    expect(clampToDomain([Number.NaN, 0.5], domain)).toEqual([0, 0.5]);
  });
});

describe('finitePoints and arrowHead', () => {
  it('drops points that are not finite', () => {
    expect(
      finitePoints([
        [0, 0],
        [Infinity, 1],
        [1, Number.NaN],
        [2, 2],
      ]),
    ).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });

  it('puts the tip on the end point and the barbs behind it', () => {
    const head = arrowHead([0, 0], [10, 0], 4);
    expect(head?.[0]).toEqual([10, 0]);
    expect(head?.[1][0]).toBeCloseTo(6, 12);
    expect(Math.abs(head?.[1][1] ?? 0)).toBeCloseTo(2, 12);
    expect(arrowHead([1, 1], [1, 1], 4)).toBeUndefined();
  });
});
