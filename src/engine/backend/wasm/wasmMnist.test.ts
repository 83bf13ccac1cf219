import { describe, expect, it } from 'vitest';
import { loadMnist } from '../../../../bench/mnist';
import { readKernelSources } from '../../../../scripts/wasm/kernelFiles';
import * as engine from '../../index';

const [D, H, K, N, STEPS] = [784, 50, 10, 100, 200] as const;

/** Test accuracy (10,000 images) from probabilities computed 1,000 rows at a time. */
function accuracy(probsOf: (start: number, n: number) => Float32Array, labels: Uint8Array): number {
  let correct = 0;
  for (let start = 0; start < labels.length; start += 1000) {
    const probs = probsOf(start, 1000);
    const predicted = new Int32Array(1000);
    engine.argmaxRowsInPlace(probs, 1000, K, predicted);
    predicted.forEach((p, r) => (correct += p === labels[start + r] ? 1 : 0));
  }
  return correct / labels.length;
}

describe('a wasm run and a TypeScript run of the book recipe on real MNIST', () => {
  it('agree to 1e-4 in test accuracy after 200 steps from the same seed and batches', async () => {
    const mnist = loadMnist(engine);
    const kernels = await engine.loadWasmKernels(await readKernelSources());
    if (!kernels) throw new Error('no wasm kernels');
    const rng = engine.createRng(2024);
    const params = [D, H, K].slice(1).flatMap((out, l) => {
      const fanIn = [D, H][l] ?? 1;
      return [Float32Array.from({ length: fanIn * out }, () => rng.normal(0, 0.01)), new Float32Array(out)];
    });
    const train = { count: 60_000, images: mnist.trainImages, labels: mnist.trainLabels };
    const test = { count: 10_000, images: mnist.testImages, labels: mnist.testLabels };
    const wasm = new engine.WasmMlp(kernels, [D, H, K], 'relu', N, params, {
      optimizer: { name: 'sgd', lr: 0.1 },
      train,
      test,
    });
    const ts = new engine.FastMlp(
      [D, H, K],
      'relu',
      N,
      params.map((p) => p.slice()),
    );
    const sgd = engine.createOptimizer('sgd', 0.1);
    const rows = new Int32Array(N);
    const x = new Float32Array(N * D);
    const labels = new Int32Array(N);
    for (let s = 0; s < STEPS; s++) {
      for (let r = 0; r < N; r++) rows[r] = rng.int(60_000);
      engine.gatherImagesInPlace(mnist.trainImages, D, rows, x);
      rows.forEach((row, r) => (labels[r] = mnist.trainLabels[row] ?? 0));
      ts.step(x, { kind: 'index', data: labels }, N);
      sgd.updateArrays(ts.params, ts.grads);
      wasm.stepOnRows(rows, 0, N);
      wasm.update();
    }
    const evalX = new Float32Array(1000 * D);
    const tsAcc = accuracy((start, n) => {
      engine.gatherImagesInPlace(
        mnist.testImages,
        D,
        Int32Array.from({ length: n }, (_, i) => start + i),
        evalX,
      );
      return ts.probabilities(evalX, n);
    }, mnist.testLabels);
    const wasmAcc = accuracy((start, n) => wasm.probabilitiesOfSplit('test', start, n), mnist.testLabels);
    expect(tsAcc).toBeGreaterThan(0.8);
    expect(Math.abs(wasmAcc - tsAcc)).toBeLessThanOrEqual(1e-4);
  }, 300_000); // may compile the kernels first, then 2 × 200 steps on a busy machine
});
