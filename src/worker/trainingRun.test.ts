import { describe, expect, it } from 'vitest';
import { readKernelSources } from '../../scripts/wasm/kernelFiles';
import { createRng, loadWasmKernels } from '../engine';
import { parseFromWorker } from './parseFromWorker';
import { parseToWorker } from './parseToWorker';
import { isDiverged, TrainingRun } from './trainingRun';
import type { TrainConfig } from './protocol';

/** 200 "images" whose class k lights pixels 10k..10k+9, with noise. */
function toyData(count: number, seed: number) {
  const rng = createRng(seed);
  const images = new Uint8Array(count * 784);
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  labels.forEach((k, i) => {
    for (let j = 0; j < 10; j++) images[i * 784 + k * 10 + j] = 200 + rng.int(55);
    for (let j = 0; j < 20; j++) images[i * 784 + 200 + rng.int(500)] = rng.int(255);
  });
  return { count, images, labels };
}

const config: TrainConfig = {
  dataset: 'mnist',
  hidden: [16],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 20,
  epochs: 5,
  maxSteps: 0,
  weightInit: 'he',
  seed: 1,
  workers: 1,
};

describe('TrainingRun', () => {
  it('learns a separable toy set: loss falls and test accuracy reaches 1', () => {
    const run = new TrainingRun(config, toyData(200, 1), toyData(50, 2));
    expect(run.totalSteps).toBe(50);
    const first = run.trainStep();
    let last = first;
    while (!run.done) last = run.trainStep();
    expect(last).toBeLessThan(first / 5);
    expect(run.evaluate().testAcc).toBe(1);
    const { confusion } = run.results();
    expect(confusion.reduce((a, b) => a + b, 0)).toBe(50);
  });

  it('sends a model and results that the page accepts, for a config that the worker accepts', () => {
    expect(parseToWorker({ type: 'train/start', config }).ok).toBe(true);
    const run = new TrainingRun({ ...config, maxSteps: 3 }, toyData(200, 1), toyData(50, 2));
    while (!run.done) run.trainStep();
    run.evaluate();
    const done = { type: 'train/done', stopped: false, model: run.model(), results: run.results() };
    expect(parseFromWorker(done)).toEqual({ ok: true, msg: done });
  });

  it('stops after maxSteps, like the book counting iterations', () => {
    expect(new TrainingRun({ ...config, maxSteps: 7 }, toyData(200, 1), toyData(50, 2)).totalSteps).toBe(7);
  });

  it('produces a non-finite loss when the learning rate is absurdly large', () => {
    const run = new TrainingRun({ ...config, optimizer: 'sgd', learningRate: 1e6 }, toyData(200, 1), toyData(50, 2));
    let loss = 0;
    while (!run.done && Number.isFinite(loss)) loss = run.trainStep();
    expect(Number.isFinite(loss)).toBe(false);
  });

  it('trains the same run in WebAssembly: same losses and accuracy as TypeScript, to float rounding', async () => {
    for (const relaxed of [true, false]) {
      const kernels = await loadWasmKernels(await readKernelSources({ relaxed }));
      if (!kernels) throw new Error('the kernels did not load');
      const [train, test] = [toyData(200, 1), toyData(50, 2)];
      const js = new TrainingRun(config, train, test);
      const wasm = new TrainingRun(config, train, test, kernels);
      while (!js.done) expect(wasm.trainStep()).toBeCloseTo(js.trainStep(), 4);
      const [a, b] = [js.evaluate(), wasm.evaluate()];
      expect(b.testAcc).toBe(a.testAcc);
      expect(Math.abs(b.trainAcc - a.trainAcc)).toBeLessThanOrEqual(0.01);
      const done = { type: 'train/done', stopped: false, model: wasm.model(), results: wasm.results() };
      expect(parseFromWorker(done)).toEqual({ ok: true, msg: done });
    }
  });

  it('reports divergence from WebAssembly too, so the run stops with the existing message', async () => {
    const kernels = await loadWasmKernels(await readKernelSources({ relaxed: false }));
    if (!kernels) throw new Error('the kernels did not load');
    const run = new TrainingRun(
      { ...config, optimizer: 'sgd', learningRate: 1e6 },
      toyData(200, 1),
      toyData(50, 2),
      kernels,
    );
    let loss = 0;
    while (!run.done && !isDiverged(loss)) loss = run.trainStep();
    expect(isDiverged(loss)).toBe(true);
  });
});
