import { describe, expect, it } from 'vitest';
import { activationAt, activationCurve, jumpsAtZero, tangentSegment } from './activations';

describe('activationAt', () => {
  it('gives the sigmoid value and its slope σ(x)(1 − σ(x))', () => {
    const { hx, slope } = activationAt('sigmoid', 0.5);
    const s = 1 / (1 + Math.exp(-0.5));
    expect(hx).toBeCloseTo(s, 12);
    expect(slope).toBeCloseTo(s * (1 - s), 12);
  });
  it('gives tanh slope 1 − tanh²', () => {
    const { hx, slope } = activationAt('tanh', -1.2);
    expect(hx).toBeCloseTo(Math.tanh(-1.2), 12);
    expect(slope).toBeCloseTo(1 - Math.tanh(-1.2) ** 2, 12);
  });
  it('reports the step slope as 0 on both sides of the jump', () => {
    expect(activationAt('step', -0.3)).toEqual({ hx: 0, slope: 0 });
    expect(activationAt('step', 0.3)).toEqual({ hx: 1, slope: 0 });
  });
  it('gives ReLU slope 0 for negative x and 1 for positive x', () => {
    expect(activationAt('relu', -2)).toEqual({ hx: 0, slope: 0 });
    expect(activationAt('relu', 2)).toEqual({ hx: 2, slope: 1 });
  });
  it('gives the identity slope 1 everywhere', () => {
    expect(activationAt('identity', -3.5)).toEqual({ hx: -3.5, slope: 1 });
  });
});

describe('activationCurve', () => {
  it('evaluates every point with one call', () => {
    expect(activationCurve('relu', [-1, 0, 2])).toEqual([0, 0, 2]);
  });
});

describe('tangentSegment', () => {
  it('passes through the point with the given slope', () => {
    expect(tangentSegment(1, 2, 3, 0, 2)).toEqual([
      [0, -1],
      [2, 5],
    ]);
  });
  it('marks only the step as jumping at zero', () => {
    expect(jumpsAtZero('step')).toBe(true);
    expect(jumpsAtZero('sigmoid')).toBe(false);
  });
});
