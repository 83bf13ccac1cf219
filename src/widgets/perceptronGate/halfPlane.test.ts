import { describe, expect, it } from 'vitest';
import { decisionSegment, firingRegion } from './halfPlane';

describe('firingRegion', () => {
  it('is the whole box when the neuron always fires, and empty when it never does', () => {
    expect(firingRegion(0, 0, 1, 0, 1)).toHaveLength(4);
    expect(firingRegion(0, 0, -1, 0, 1)).toHaveLength(0);
  });

  it("cuts the AND gate's corner: only (1,1) lies on the firing side", () => {
    const region = firingRegion(0.5, 0.5, -0.7, -0.5, 1.5);
    const inside = ([x1, x2]: readonly [number, number]) => 0.5 * x1 + 0.5 * x2 - 0.7 >= -1e-12;
    expect(region.every(inside)).toBe(true);
    expect(region.some(([x1, x2]) => x1 === 1.5 && x2 === 1.5)).toBe(true);
    expect(region.some(([x1, x2]) => x1 === -0.5 && x2 === -0.5)).toBe(false);
  });
});

describe('decisionSegment', () => {
  it('runs along w1·x1 + w2·x2 + b = 0 from edge to edge', () => {
    const seg = decisionSegment(0.5, 0.5, -0.7, -0.5, 1.5);
    expect(seg).toBeDefined();
    for (const [x1, x2] of seg ?? []) expect(0.5 * x1 + 0.5 * x2 - 0.7).toBeCloseTo(0, 9);
  });

  it('does not exist when both weights are zero or the line misses the box', () => {
    expect(decisionSegment(0, 0, 0.5, 0, 1)).toBeUndefined();
    expect(decisionSegment(1, 1, 10, 0, 1)).toBeUndefined();
  });
});
