import { describe, expect, it } from 'vitest';
import { readKernelSources } from '../../scripts/wasm/kernelFiles';
import { createRng, loadWasmKernels, WasmMlp, type WasmKernels } from '../engine';
import { computeSlice, GradientShare, sliceOf, type GradientTeam } from './gradientShare';
import type { TrainConfig } from './protocol';
import { TrainingRun } from './trainingRun';

function toyData(count: number, seed: number) {
  const rng = createRng(seed);
  const images = new Uint8Array(count * 784);
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  labels.forEach((k, i) => {
    for (let j = 0; j < 10; j++) images[i * 784 + k * 10 + j] = 120 + rng.int(135);
    for (let j = 0; j < 40; j++) images[i * 784 + 200 + rng.int(500)] = rng.int(255);
  });
  return { count, images, labels };
}

const config: TrainConfig = {
  dataset: 'mnist',
  hidden: [16, 8],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.005,
  batchSize: 23,
  epochs: 3,
  maxSteps: 0,
  weightInit: 'he',
  seed: 3,
  workers: 1,
};

/** N − 1 helpers in this thread: begin() runs their slices at once (the worker version waits on Atomics). */
function inProcessTeam(kernels: WasmKernels, workers: number, train: ReturnType<typeof toyData>): GradientTeam {
  const sizes = [784, ...config.hidden, 10];
  const paramCount = sizes.slice(1).reduce((a, s, l) => a + ((sizes[l] ?? 0) + 1) * s, 0);
  const share = new GradientShare(
    new ArrayBuffer(GradientShare.bytes(workers, config.batchSize, paramCount)),
    workers,
    config.batchSize,
    paramCount,
  );
  const zeros = sizes.slice(1).flatMap((s, l) => [new Float32Array((sizes[l] ?? 0) * s), new Float32Array(s)]);
  const helpers = Array.from(
    { length: workers - 1 },
    () => new WasmMlp(kernels, sizes, config.activation, config.batchSize, zeros, { train }),
  );
  return {
    share,
    begin: () => helpers.forEach((net, i) => computeSlice(net, share, i + 1)),
    end: () => {},
    close: () => {},
  };
}

describe('data-parallel training', () => {
  it('splits a batch into slices that cover it exactly once', () => {
    for (const [n, N] of [
      [23, 4],
      [32, 8],
      [5, 5],
      [100, 3],
    ] as const) {
      const slices = Array.from({ length: N }, (_, i) => sliceOf(n, N, i));
      expect(slices.reduce((a, s) => a + s.count, 0)).toBe(n);
      slices.forEach((s, i) =>
        expect(s.start).toBe(i === 0 ? 0 : (slices[i - 1]?.start ?? 0) + (slices[i - 1]?.count ?? 0)),
      );
      expect(Math.max(...slices.map((s) => s.count)) - Math.min(...slices.map((s) => s.count))).toBeLessThanOrEqual(1);
    }
  });

  it('N workers give the same losses, weights and accuracy as one, to float rounding', async () => {
    const kernels = await loadWasmKernels(await readKernelSources({ relaxed: false }));
    if (!kernels) throw new Error('the kernels did not load');
    const [train, test] = [toyData(230, 1), toyData(60, 2)];
    const one = new TrainingRun(config, train, test, kernels);
    const oneLosses: number[] = [];
    while (!one.done) oneLosses.push(one.trainStep());
    const oneAcc = one.evaluate();
    for (const workers of [2, 3, 8]) {
      const run = new TrainingRun(config, train, test, kernels, inProcessTeam(kernels, workers, train));
      oneLosses.forEach((l) => expect(run.trainStep()).toBeCloseTo(l, 4));
      const acc = run.evaluate();
      expect(Math.abs(acc.testAcc - oneAcc.testAcc)).toBeLessThanOrEqual(1 / 60);
      expect(Math.abs(acc.trainAcc - oneAcc.trainAcc)).toBeLessThanOrEqual(1 / 230);
      run.net.params.forEach((p, j) => {
        const ref = one.net.params[j] ?? p;
        let worst = 0;
        for (let k = 0; k < p.length; k++) worst = Math.max(worst, Math.abs((p[k] ?? 0) - (ref[k] ?? 0)));
        expect(worst).toBeLessThan(1e-3);
      });
    }
  });
});
