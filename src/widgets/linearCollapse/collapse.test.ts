import { describe, expect, it } from 'vitest';
import { additivity, homogeneity, oneLayer, stackOfThree } from './collapse';

describe('stackOfThree', () => {
  it('three linear layers h(x) = c·x equal the single layer c³·x', () => {
    const [, , y] = stackOfThree('linear', 2, [1.5, -1]);
    expect(y).toEqual(oneLayer(2, [1.5, -1]));
    expect(y[0]).toBeCloseTo(12, 12);
  });
  it('three ReLU layers keep negative inputs at 0 and positive inputs unchanged, which no line k·x does', () => {
    const [, , y] = stackOfThree('relu', 2, [1, -1]);
    expect(y).toEqual([1, 0]);
  });
});

describe('linearity checks', () => {
  it('a linear h passes homogeneity and additivity', () => {
    expect(homogeneity('linear', 0.7, -3, 1.2).holds).toBe(true);
    expect(additivity('linear', 0.7, 1, -2).holds).toBe(true);
  });
  it('ReLU is homogeneous only for k ≥ 0', () => {
    expect(homogeneity('relu', 1, 2, 1).holds).toBe(true);
    expect(homogeneity('relu', 1, -1, 1)).toEqual({ lhs: 0, rhs: -1, holds: false });
  });
  it('ReLU fails additivity when the inputs have opposite signs', () => {
    expect(additivity('relu', 1, 1, -1)).toEqual({ lhs: 0, rhs: 1, holds: false });
    expect(additivity('relu', 1, 1, 2).holds).toBe(true);
  });
});
