import { describe, expect, it } from 'vitest';
import { AdaGrad, Adam, Momentum, SGD, tensor, type Optimizer } from '../index';

const param = () => ({ w: tensor([1, -2], { dtype: 'float64' }) });
const grad = () => ({ w: tensor([0.5, -1], { dtype: 'float64' }) });

describe('optimizers', () => {
  it('SGD steps W ← W − lr·dW in place', () => {
    const p = param();
    const data = p.w.data;
    new SGD(0.1).update(p, grad());
    expect(p.w.data).toBe(data);
    expect(Array.from(p.w.data)).toEqual([1 - 0.05, -2 + 0.1]);
  });

  it('Momentum accumulates a velocity v ← αv − lr·dW', () => {
    const p = param();
    const m = new Momentum(0.1, 0.9);
    m.update(p, grad());
    m.update(p, grad());
    // v1 = −0.05, v2 = 0.9·(−0.05) − 0.05 = −0.095 → w = 1 − 0.05 − 0.095
    expect(p.w.data[0]).toBeCloseTo(0.855, 12);
  });

  it('AdaGrad divides each step by √(Σ dW²)', () => {
    const p = param();
    new AdaGrad(0.1).update(p, grad());
    expect(p.w.data[0]).toBeCloseTo(1 - 0.1 * (0.5 / (0.5 + 1e-7)), 12);
    expect(p.w.data[1]).toBeCloseTo(-2 + 0.1 * (1 / (1 + 1e-7)), 12);
  });

  it("Adam's first step moves each parameter by about lr against the sign of its gradient", () => {
    const p = param();
    new Adam(0.001).update(p, grad());
    expect(p.w.data[0]).toBeCloseTo(1 - 0.001, 6);
    expect(p.w.data[1]).toBeCloseTo(-2 + 0.001, 6);
  });

  it.each([
    ['SGD', new SGD(0.1)],
    ['Momentum', new Momentum(0.05)],
    ['AdaGrad', new AdaGrad(0.5)],
    ['Adam', new Adam(0.1)],
  ] as [string, Optimizer][])('%s walks down the bowl f(w) = ½|w|² towards 0', (_name, optimizer) => {
    const p = param();
    for (let i = 0; i < 300; i++) optimizer.update(p, { w: tensor(Array.from(p.w.data), { dtype: 'float64' }) });
    expect(Math.hypot(...p.w.data)).toBeLessThan(0.05);
  });

  it('names a parameter that has no gradient', () => {
    expect(() => new SGD().update(param(), {})).toThrow('optimizer: no gradient for parameter w');
  });
});
