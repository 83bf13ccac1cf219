import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, over, stacked } from './contrast';

describe('contrast', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio([83, 90, 102], [83, 90, 102])).toBe(1);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 9);
  });
  it('composites a translucent colour over another', () => {
    expect(over([0, 0, 0], 0.25, [200, 100, 0])).toEqual([150, 75, 0]);
  });
  it('stacks n translucent layers like one layer of 1 − (1 − α)ⁿ', () => {
    const [r] = stacked([0, 0, 0], 0.5, 2, [200, 200, 200]);
    expect(r).toBeCloseTo(50, 9);
  });
});
