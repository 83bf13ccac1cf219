import { describe, expect, it } from 'vitest';
import {
  add, createRng, crossEntropy, div, exp, log, matmul, max, mean, mse, mul, neg, numericalGradient, pow, randn, randu,
  relu, reshape, sigmoid, softmax, softmaxCrossEntropy, step, sub, sum, tanh, transpose, type Shape, type Tensor,
} from '../index';

const rng = createRng(1234);
const normal = (shape: Shape) => randn(shape, rng, { dtype: 'float64', requiresGrad: true });
/** Values with |x| in [0.5, 2): away from kinks (relu, step) and poles (div, log). */
const awayFromZero = (shape: Shape) => {
  const t = randu(shape, rng, { dtype: 'float64', requiresGrad: true, low: 0.5, high: 2 });
  t.data.forEach((v, i) => (t.data[i] = rng.uniform() < 0.5 ? -v : v));
  return t;
};
const positive = (shape: Shape) => randu(shape, rng, { dtype: 'float64', requiresGrad: true, low: 0.5, high: 2 });

/**
 * Checks backprop against central differences for every input: L = Σ w ⊙ f(inputs) with random
 * weights w, so each output element gets a different upstream gradient.
 */
function expectGradientsMatch(f: (...xs: Tensor[]) => Tensor, inputs: Tensor[]): void {
  const out = f(...inputs);
  const w = randn(out.shape, rng, { dtype: 'float64' });
  const loss = () => sum(mul(f(...inputs), w));
  loss().backward();
  for (const x of inputs) {
    const numeric = numericalGradient(() => loss().item(), x, 1e-5);
    const analytic = x.grad;
    expect(analytic?.shape).toEqual(x.shape);
    numeric.data.forEach((v, i) => expect(analytic?.data[i]).toBeCloseTo(v, 6));
  }
}

const broadcastPairs: [Shape, Shape][] = [
  [[2, 3], [2, 3]],
  [[2, 3], [3]],
  [[4, 1], [1, 5]],
  [[], [2, 2]],
  [[3], []],
  [[], []],
  [[2, 1, 3], [4, 1]],
];

describe('every primitive gradient matches central differences in float64', () => {
  describe.each(broadcastPairs)('binary ops on shapes %j and %j', (sa, sb) => {
    it('add', () => expectGradientsMatch(add, [normal(sa), normal(sb)]));
    it('sub', () => expectGradientsMatch(sub, [normal(sa), normal(sb)]));
    it('mul', () => expectGradientsMatch(mul, [normal(sa), normal(sb)]));
    it('div', () => expectGradientsMatch(div, [normal(sa), awayFromZero(sb)]));
  });

  describe.each([[[]], [[5]], [[2, 3]], [[2, 3, 2]]] as [Shape][])('unary ops on shape %j', (s) => {
    it('neg', () => expectGradientsMatch(neg, [normal(s)]));
    it('exp', () => expectGradientsMatch(exp, [normal(s)]));
    it('log', () => expectGradientsMatch(log, [positive(s)]));
    it('pow with exponents 2, 3, 0.5 and −1', () => {
      for (const p of [2, 3, 0.5, -1]) expectGradientsMatch((x) => pow(x, p), [positive(s)]);
    });
    it('relu', () => expectGradientsMatch(relu, [awayFromZero(s)]));
    it('sigmoid', () => expectGradientsMatch(sigmoid, [normal(s)]));
    it('tanh', () => expectGradientsMatch(tanh, [normal(s)]));
    it('step (zero almost everywhere)', () => expectGradientsMatch(step, [awayFromZero(s)]));
    it('sum, mean and max over everything', () => {
      expectGradientsMatch((x) => sum(x), [normal(s)]);
      expectGradientsMatch((x) => mean(x), [normal(s)]);
      expectGradientsMatch((x) => max(x), [normal(s)]);
    });
  });

  it('sum, mean and max over chosen axes, with and without keepDims', () => {
    for (const axis of [0, -1, [0, 2]]) {
      for (const keepDims of [false, true]) {
        expectGradientsMatch((x) => sum(x, axis, keepDims), [normal([2, 3, 4])]);
        expectGradientsMatch((x) => mean(x, axis, keepDims), [normal([2, 3, 4])]);
        expectGradientsMatch((x) => max(x, axis, keepDims), [normal([2, 3, 4])]);
      }
    }
  });

  it('matmul for matrices, a row vector on the left and a column vector on the right', () => {
    expectGradientsMatch(matmul, [normal([3, 4]), normal([4, 2])]);
    expectGradientsMatch(matmul, [normal([4]), normal([4, 2])]);
    expectGradientsMatch(matmul, [normal([3, 4]), normal([4])]);
  });

  it('transpose and reshape', () => {
    expectGradientsMatch((x) => transpose(x), [normal([2, 3])]);
    expectGradientsMatch((x) => transpose(x, [1, 2, 0]), [normal([2, 3, 4])]);
    expectGradientsMatch((x) => reshape(x, [3, -1]), [normal([2, 6])]);
  });

  it('softmax along the last and the first axis', () => {
    expectGradientsMatch((x) => softmax(x), [normal([3, 4])]);
    expectGradientsMatch((x) => softmax(x, 0), [normal([3, 4])]);
    expectGradientsMatch((x) => softmax(x), [normal([5])]);
  });

  it('softmaxCrossEntropy with one-hot labels, index labels and a single row', () => {
    const oneHot = randu([3, 4], rng, { dtype: 'float64' });
    oneHot.data.fill(0);
    [1, 0, 3].forEach((c, r) => (oneHot.data[r * 4 + c] = 1));
    expectGradientsMatch((x) => softmaxCrossEntropy(x, oneHot), [normal([3, 4])]);
    expectGradientsMatch((x) => softmaxCrossEntropy(x, [1, 0, 3]), [normal([3, 4])]);
    expectGradientsMatch((x) => softmaxCrossEntropy(x, [2]), [normal([4])]);
  });

  it('the composed losses crossEntropy and mse', () => {
    expectGradientsMatch((x) => crossEntropy(softmax(x), [1, 0, 3]), [normal([3, 4])]);
    expectGradientsMatch((y, t) => mse(y, t), [normal([3, 4]), normal([3, 4])]);
  });
});
