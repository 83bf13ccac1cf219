import { describe, expect, it } from 'vitest';
import { createRng, MultiLayerNet, tensor } from '../engine';
import { FastMlp } from './fastMlp';
import { initialParams, TrainingRun } from './trainingRun';
import type { TrainConfig } from './protocol';

describe('FastMlp', () => {
  it.each(['relu', 'sigmoid'] as const)('matches the engine MultiLayerNet loss and gradients (%s, two hidden layers)', (activation) => {
    const sizes = [6, 5, 4, 3];
    const rng = createRng(3);
    const params = initialParams(sizes, 'xavier', rng);
    const x = Float32Array.from({ length: 4 * 6 }, () => rng.uniform(-1, 1));
    const labels = new Int32Array([0, 2, 1, 2]);
    const fast = new FastMlp(sizes, activation, 4, params.map((p) => p.slice()));
    const loss = fast.step(x, { kind: 'index', data: labels }, 4);
    const ref = new MultiLayerNet(6, [5, 4], 3, { activation });
    params.forEach((p, i) => ref.params[`${i % 2 === 0 ? 'W' : 'b'}${Math.floor(i / 2) + 1}`]!.data.set(p));
    const grads = ref.gradient(tensor(x, { shape: [4, 6] }), labels);
    expect(loss).toBeCloseTo(ref.lastLayer.loss, 5);
    fast.grads.forEach((g, i) => {
      const r = grads[`${i % 2 === 0 ? 'W' : 'b'}${Math.floor(i / 2) + 1}`]!.data;
      g.forEach((v, j) => expect(v).toBeCloseTo(r[j] ?? NaN, 5));
    });
  });

  it('gives probabilities that sum to 1 per row, with no hidden layer too', () => {
    const net = new FastMlp([4, 3], 'relu', 2, initialParams([4, 3], 'he', createRng(1)), 5);
    const p = net.probabilities(Float32Array.from({ length: 20 }, (_, i) => i / 20), 5);
    for (let r = 0; r < 5; r++) expect(p[r * 3]! + p[r * 3 + 1]! + p[r * 3 + 2]!).toBeCloseTo(1, 6);
  });
});

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

const config: TrainConfig = { dataset: 'mnist', hidden: [16], activation: 'relu', optimizer: 'adam', learningRate: 0.01, batchSize: 20, epochs: 5, maxSteps: 0, weightInit: 'he', seed: 1 };

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

  it('stops after maxSteps, like the book counting iterations', () => {
    expect(new TrainingRun({ ...config, maxSteps: 7 }, toyData(200, 1), toyData(50, 2)).totalSteps).toBe(7);
  });

  it('produces a non-finite loss when the learning rate is absurdly large', () => {
    const run = new TrainingRun({ ...config, optimizer: 'sgd', learningRate: 1e6 }, toyData(200, 1), toyData(50, 2));
    let loss = 0;
    while (!run.done && Number.isFinite(loss)) loss = run.trainStep();
    expect(Number.isFinite(loss)).toBe(false);
  });
});
