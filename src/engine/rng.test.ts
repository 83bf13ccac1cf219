import { describe, expect, it } from 'vitest';
import { createRng } from './index';

describe('createRng', () => {
  it('gives the same sequence for the same seed (pinned values, so any change in the algorithm shows)', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
    expect(xs[0]).toBe(createRng(42).uniform());
    expect(createRng(1).uniform()).toBe(0.6270739405881613);
    expect(createRng(43).uniform()).not.toBe(xs[0]);
  });

  it('draws uniforms in [0, 1) and normals with mean 0 and std 1', () => {
    const rng = createRng(7);
    const us = Array.from({ length: 20000 }, () => rng.uniform());
    expect(Math.min(...us)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...us)).toBeLessThan(1);
    const zs = Array.from({ length: 20000 }, () => rng.normal());
    const mean = zs.reduce((s, z) => s + z, 0) / zs.length;
    const std = Math.sqrt(zs.reduce((s, z) => s + (z - mean) ** 2, 0) / zs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(std - 1)).toBeLessThan(0.03);
    expect(rng.normal(5, 0)).toBe(5);
  });

  it('shuffles in place into a permutation, and makes permutations of 0..n−1', () => {
    const rng = createRng(3);
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = rng.shuffle(items);
    expect(shuffled).toBe(items);
    expect([...items].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const p = rng.permutation(100);
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(rng.int(10)).toBeLessThan(10);
  });
});
