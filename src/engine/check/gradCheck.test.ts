import { describe, expect, it } from 'vitest';
import {
  add,
  createRng,
  gradCheck,
  matmul,
  numericalGradient,
  randn,
  softmaxCrossEntropy,
  sum,
  tanh,
  tensor,
  mul,
} from '../index';

describe('numericalGradient', () => {
  it('gives 2x for f(x) = Σx² by central differences and leaves x unchanged', () => {
    const x = tensor([3, -1, 0.5], { dtype: 'float64' });
    const g = numericalGradient((v) => sum(mul(v, v)).item(), x);
    [6, -2, 1].forEach((v, i) => expect(g.data[i]).toBeCloseTo(v, 8));
    expect(Array.from(x.data)).toEqual([3, -1, 0.5]);
  });
});

describe('gradCheck', () => {
  it('reports tiny mean and max differences per parameter for a correct graph', () => {
    const rng = createRng(21);
    const x = randn([4, 3], rng, { dtype: 'float64' });
    const params = {
      W: randn([3, 2], rng, { dtype: 'float64', requiresGrad: true }),
      b: randn([2], rng, { dtype: 'float64', requiresGrad: true }),
    };
    const result = gradCheck(() => softmaxCrossEntropy(tanh(add(matmul(x, params.W), params.b)), [0, 1, 1, 0]), params);
    expect(Object.keys(result)).toEqual(['W', 'b']);
    for (const d of Object.values(result)) {
      expect(d.meanAbsDiff).toBeLessThan(1e-9);
      expect(d.maxAbsDiff).toBeGreaterThanOrEqual(d.meanAbsDiff);
    }
    expect(params.W.grad?.shape).toEqual([3, 2]);
  });
});
