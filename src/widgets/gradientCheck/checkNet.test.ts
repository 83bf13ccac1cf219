import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine';
import { absDifference, buildNet, gradientCheck, imageBatch, runToEnd } from './checkNet';

/** Three synthetic "images": sparse pixels in [0, 1], like MNIST digits. */
function syntheticImages(n: number): Float32Array {
  const rng = createRng(1);
  const data = new Float32Array(n * 784);
  for (let i = 0; i < data.length; i++) data[i] = rng.uniform() < 0.2 ? rng.uniform() : 0;
  return data;
}

const images = syntheticImages(3);
const labels = [3, 7, 1];

describe('gradientCheck', () => {
  it('finds backprop and numerical gradients within 1e-7 in float64 for all four parameters', () => {
    const diffs = runToEnd(gradientCheck(buildNet('float64', false), imageBatch(images, 3, 'float64'), labels));
    expect(diffs.map((d) => d.param)).toEqual(['W1', 'b1', 'W2', 'b2']);
    for (const d of diffs) expect(d.mean).toBeLessThan(1e-7);
  });

  it('disagrees far more in float32, where the loss itself carries rounding error', () => {
    const d64 = runToEnd(gradientCheck(buildNet('float64', false), imageBatch(images, 3, 'float64'), labels));
    const d32 = runToEnd(gradientCheck(buildNet('float32', false), imageBatch(images, 3, 'float32'), labels));
    for (let i = 0; i < 4; i++) expect(d32[i]!.mean).toBeGreaterThan(100 * d64[i]!.mean);
  });

  it('catches the planted bug (dW and db from the first image only) with differences far above 1e-7', () => {
    const diffs = runToEnd(gradientCheck(buildNet('float64', true), imageBatch(images, 3, 'float64'), labels));
    for (const d of diffs) expect(d.mean).toBeGreaterThan(1e-5);
  });

  it('reports its progress as fractions ending at 1', () => {
    const gen = gradientCheck(buildNet('float64', false), imageBatch(images, 3, 'float64'), labels, 4000);
    const fractions: number[] = [];
    for (let s = gen.next(); !s.done; s = gen.next()) fractions.push(s.value);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f > (fractions[i - 1] ?? 0))).toBe(true);
  });
});

describe('absDifference', () => {
  it('gives the mean and max of |a − b|', () => {
    const d = absDifference('b2', [1, 2, 3], [1, 2.5, 2], [3]);
    expect(d.mean).toBeCloseTo(0.5, 15);
    expect(d.max).toBe(1);
  });
});
