import { describe, expect, it } from 'vitest';
import {
  compareGradients,
  createRng,
  MultiLayerNet,
  randn,
  SGD,
  tensor,
  TwoLayerNet,
  type GradDifference,
  type LayerNet,
  type Tensor,
} from '../index';

/** A small random classification batch: x (n, d) and n class indices in 0..k−1. */
function batch(n: number, d: number, k: number, seed: number) {
  const rng = createRng(seed);
  const x = randn([n, d], rng, { dtype: 'float64' });
  const t = Array.from({ length: n }, () => rng.int(k));
  return { x, t };
}

/** √(mean of squares): the std of zero-mean weights. */
function rms(w: Tensor | undefined): number {
  let s = 0;
  for (const v of w?.data ?? []) s += v * v;
  return Math.sqrt(s / (w?.size ?? 1));
}

/** Mean |backprop − numerical| per parameter. */
function meanDifferences<K extends string>(net: LayerNet<K>, x: Tensor, t: number[]): number[] {
  const numeric = net.numericalGradient(x, t);
  return Object.values<GradDifference>(compareGradients(net.gradient(x, t), numeric)).map((d) => d.meanAbsDiff);
}

describe('TwoLayerNet', () => {
  it('has W1 (I,H), b1 (H), W2 (H,O), b2 (O) with std-scaled normal weights and zero biases', () => {
    const net = new TwoLayerNet(784, 50, 10, { weightInitStd: 0.01 });
    expect(net.params.W1.shape).toEqual([784, 50]);
    expect(net.params.b2.shape).toEqual([10]);
    expect(net.params.b1.data.every((v) => v === 0)).toBe(true);
    const std = rms(net.params.W1);
    expect(std).toBeGreaterThan(0.009);
    expect(std).toBeLessThan(0.011);
  });

  it('passes the gradient check in float64: mean |backprop − numerical| < 1e-7 for every parameter', () => {
    const net = new TwoLayerNet(20, 10, 5, { dtype: 'float64', weightInitStd: 0.1, rng: createRng(3) });
    const { x, t } = batch(3, 20, 5, 4);
    for (const diff of meanDifferences(net, x, t)) expect(diff).toBeLessThan(1e-7);
  });

  it('gives the same training curve for the same seed', () => {
    const curve = () => {
      const net = new TwoLayerNet(8, 6, 3, { rng: createRng(11) });
      const { x, t } = batch(16, 8, 3, 12);
      const sgd = new SGD(0.5);
      return Array.from({ length: 20 }, () => {
        sgd.update(net.params, net.gradient(tensor(x.data, { dtype: 'float32', shape: x.shape }), t));
        return net.lastLayer.loss;
      });
    };
    const a = curve();
    expect(curve()).toEqual(a);
    expect(a.at(-1)).toBeLessThan(a[0] ?? 0);
  });

  it('reuses its buffers: every step hands back the same gradient and score tensors', () => {
    const net = new TwoLayerNet(8, 6, 3);
    const { x, t } = batch(16, 8, 3, 13);
    const sgd = new SGD(0.1);
    const first = net.gradient(x, t);
    const scores = net.predict(x);
    sgd.update(net.params, first);
    const second = net.gradient(x, t);
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) expect(second[key]).toBe(first[key]);
    expect(net.predict(x)).toBe(scores);
  });

  it('lets a NaN input show up as a NaN loss and NaN gradients instead of throwing', () => {
    const net = new TwoLayerNet(4, 3, 2, { weightInitStd: 0.5 });
    const x = tensor([[1, NaN, 0, 2]]);
    expect(net.loss(x, [1])).toBeNaN();
    expect(Array.from(net.gradient(x, [1]).W2.data).some(Number.isNaN)).toBe(true);
  });

  it('learns a small separable problem to full accuracy', () => {
    const net = new TwoLayerNet(2, 8, 2, { weightInitStd: 0.5, rng: createRng(5) });
    const x = tensor([
      [0, 1],
      [1, 0],
      [0, 2],
      [2, 0],
      [0.2, 1.5],
      [1.5, 0.2],
    ]);
    const t = [0, 1, 0, 1, 0, 1];
    const sgd = new SGD(0.3);
    for (let i = 0; i < 300; i++) sgd.update(net.params, net.gradient(x, t));
    expect(net.accuracy(x, t)).toBe(1);
    expect(
      net.accuracy(
        x,
        tensor([
          [1, 0],
          [0, 1],
          [1, 0],
          [0, 1],
          [1, 0],
          [0, 1],
        ]),
      ),
    ).toBe(1);
  });
});

describe('MultiLayerNet', () => {
  it.each(['relu', 'sigmoid'] as const)(
    'passes the gradient check with %s activations and three hidden layers',
    (activation) => {
      const net = new MultiLayerNet(6, [5, 4, 3], 3, { activation, dtype: 'float64', rng: createRng(8) });
      expect(Object.keys(net.params)).toEqual(['W1', 'b1', 'W2', 'b2', 'W3', 'b3', 'W4', 'b4']);
      // Non-zero biases: with zero biases, a row whose ReLUs all died feeds exactly 0 into the next
      // ReLU, a kink where central differences see only half the slope.
      const rng = createRng(10);
      for (const [key, p] of Object.entries(net.params))
        if (key.startsWith('b')) p.data.forEach((_, i) => (p.data[i] = rng.normal(0, 0.5)));
      const { x, t } = batch(4, 6, 3, 9);
      for (const diff of meanDifferences(net, x, t)) expect(diff).toBeLessThan(1e-7);
    },
  );

  it('scales initial weights by He (√(2/n)), Xavier (√(1/n)) or a fixed std', () => {
    const he = new MultiLayerNet(400, [300], 10, { weightInit: 'he' });
    const xavier = new MultiLayerNet(400, [300], 10, { weightInit: 'xavier' });
    const fixed = new MultiLayerNet(400, [300], 10, { weightInit: 0.01 });
    expect(rms(he.params.W1)).toBeCloseTo(Math.sqrt(2 / 400), 3);
    expect(rms(xavier.params.W1)).toBeCloseTo(Math.sqrt(1 / 400), 3);
    expect(rms(fixed.params.W1)).toBeCloseTo(0.01, 3);
  });
});
