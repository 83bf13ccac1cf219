import { describe, expect, it } from 'vitest';
import { startOffsets } from './startOffsets';

describe('startOffsets', () => {
  it('leaves points that are apart where they are', () => {
    expect(
      startOffsets(
        [
          [0, 0],
          [50, 0],
        ],
        8,
        10,
      ),
    ).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
  it('spreads points that share a start round a ring, each at its own place', () => {
    const out = startOffsets(
      [
        [10, 10],
        [10, 10],
        [11, 10],
        [10, 11],
      ],
      8,
      10,
    );
    for (const [dx, dy] of out) expect(Math.hypot(dx, dy)).toBeCloseTo(10, 9);
    const spots = new Set(out.map(([dx, dy]) => `${dx.toFixed(3)},${dy.toFixed(3)}`));
    expect(spots.size).toBe(4);
    expect(out[0]?.[0]).toBeCloseTo(0, 9);
    expect(out[0]?.[1]).toBeCloseTo(-10, 9);
  });
  it('fans out only the group that overlaps', () => {
    const out = startOffsets(
      [
        [0, 0],
        [100, 100],
        [0, 1],
      ],
      8,
      10,
    );
    expect(out[1]).toEqual([0, 0]);
    expect(Math.hypot(...(out[0] ?? [0, 0]))).toBeCloseTo(10, 9);
  });
});
