// Differential tests: the same random inputs through our ops and through TensorFlow.js (cpu backend),
// comparing values and gradients. tfjs computes in float32, so the tolerance is float32-sized.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  add,
  createRng,
  crossEntropy,
  div,
  exp,
  log,
  matmul,
  max,
  mean,
  mse,
  mul,
  neg,
  pow,
  randn,
  relu,
  reshape,
  sigmoid,
  softmax,
  softmaxCrossEntropy,
  step,
  sub,
  sum,
  tanh,
  tensor,
  transpose,
  type Shape,
  type Tensor,
} from '../index';

beforeAll(async () => {
  tf.env().set('PROD', true); // no greeting asking Node users to install tfjs-node
  await tf.setBackend('cpu');
});

const rng = createRng(2718);

type Inputs = 'normal' | 'positive' | 'awayFromZero';

function sample(shape: Shape, kind: Inputs): Float64Array {
  const t = randn(shape, rng, { dtype: 'float64' });
  return t.data.map((v) =>
    kind === 'normal' ? v : kind === 'positive' ? 0.5 + Math.abs(v) : Math.sign(v) * (0.5 + Math.abs(v)),
  ) as Float64Array;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] ?? NaN;
    expect(Math.abs((actual[i] ?? NaN) - e)).toBeLessThanOrEqual(2e-4 * (1 + Math.abs(e)));
  }
}

/** Values of f and gradients of Σ w ⊙ f with respect to every input, ours against tfjs. */
function compareWithTfjs(
  ours: (...xs: Tensor[]) => Tensor,
  theirs: (...xs: tf.Tensor[]) => tf.Tensor,
  shapes: Shape[],
  kinds: Inputs[] = [],
): void {
  const data = shapes.map((s, i) => sample(s, kinds[i] ?? 'normal'));
  const xs = data.map((d, i) => tensor(d, { shape: shapes[i], requiresGrad: true }));
  const y = ours(...xs);
  const w = randn(y.shape, rng, { dtype: 'float64' });
  sum(mul(y, w)).backward();
  const txs = data.map((d, i) => tf.tensor(Array.from(d), [...(shapes[i] ?? [])]));
  const tw = tf.tensor(Array.from(w.data), [...y.shape]);
  const ty = theirs(...txs);
  expect(ty.shape).toEqual(y.shape);
  expectClose(y.data, ty.dataSync());
  const grads = tf.grads((...args: tf.Tensor[]) => tf.sum(tf.mul(theirs(...args), tw)))(txs);
  grads.forEach((g, i) => expectClose(xs[i]?.grad?.data ?? [], g.dataSync()));
}

describe('ops agree with TensorFlow.js in values and gradients', () => {
  it.each([
    [[2, 3], [3]],
    [
      [4, 1],
      [1, 5],
    ],
    [[], [2, 2]],
    [
      [2, 1, 3],
      [4, 1],
    ],
  ] as [Shape, Shape][])('add, sub, mul, div broadcasting %j with %j', (sa, sb) => {
    compareWithTfjs(add, tf.add, [sa, sb]);
    compareWithTfjs(sub, tf.sub, [sa, sb]);
    compareWithTfjs(mul, tf.mul, [sa, sb]);
    compareWithTfjs(div, tf.div, [sa, sb], ['normal', 'awayFromZero']);
  });

  it('neg, exp, log, pow, relu, sigmoid, tanh, step', () => {
    const s: Shape = [3, 4];
    compareWithTfjs(neg, tf.neg, [s]);
    compareWithTfjs(exp, tf.exp, [s]);
    compareWithTfjs(log, tf.log, [s], ['positive']);
    compareWithTfjs(
      (x) => pow(x, 3),
      (x) => tf.pow(x, 3),
      [s],
      ['positive'],
    );
    compareWithTfjs(
      (x) => pow(x, 0.5),
      (x) => tf.sqrt(x),
      [s],
      ['positive'],
    );
    compareWithTfjs(relu, tf.relu, [s], ['awayFromZero']);
    compareWithTfjs(sigmoid, tf.sigmoid, [s]);
    compareWithTfjs(tanh, tf.tanh, [s]);
    compareWithTfjs(step, (x) => tf.step(x), [s], ['awayFromZero']);
  });

  it('sum, mean and max over all axes, one axis, and with keepDims', () => {
    const s: Shape = [2, 3, 4];
    compareWithTfjs(
      (x) => sum(x),
      (x) => tf.sum(x),
      [s],
    );
    compareWithTfjs(
      (x) => sum(x, 1, true),
      (x) => tf.sum(x, 1, true),
      [s],
    );
    compareWithTfjs(
      (x) => mean(x, [0, 2]),
      (x) => tf.mean(x, [0, 2]),
      [s],
    );
    compareWithTfjs(
      (x) => max(x, -1),
      (x) => tf.max(x, -1),
      [s],
    );
    compareWithTfjs(
      (x) => max(x),
      (x) => tf.max(x),
      [s],
    );
  });

  it('matmul, transpose and reshape', () => {
    compareWithTfjs(matmul, (a, b) => tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D), [
      [5, 7],
      [7, 3],
    ]);
    compareWithTfjs(
      (x) => transpose(x, [2, 0, 1]),
      (x) => tf.transpose(x, [2, 0, 1]),
      [[2, 3, 4]],
    );
    compareWithTfjs(
      (x) => reshape(x, [4, -1]),
      (x) => tf.reshape(x, [4, -1]),
      [[2, 3, 4]],
    );
  });

  it('softmax, softmaxCrossEntropy, crossEntropy and mse', () => {
    const labels = [2, 0, 1, 3];
    const oneHot = tf.oneHot(tf.tensor1d(labels, 'int32'), 5);
    compareWithTfjs(
      (x) => softmax(x),
      (x) => tf.softmax(x),
      [[4, 5]],
    );
    compareWithTfjs(
      (x) => softmaxCrossEntropy(x, labels),
      (x) => tf.losses.softmaxCrossEntropy(oneHot, x),
      [[4, 5]],
    );
    compareWithTfjs(
      (x) => crossEntropy(softmax(x), labels),
      (x) => tf.div(tf.neg(tf.sum(tf.mul(oneHot, tf.log(tf.add(tf.softmax(x), 1e-7))))), 4),
      [[4, 5]],
    );
    compareWithTfjs(mse, (y, t) => tf.mul(tf.sum(tf.squaredDifference(y, t)), 0.5), [
      [4, 5],
      [4, 5],
    ]);
  });
});
