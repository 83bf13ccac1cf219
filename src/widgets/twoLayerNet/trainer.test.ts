import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine';
import { norm, Trainer, type LabelledImages } from './trainer';

/** n images of 784 pixels where class c lights up its own band of pixels, plus noise. */
function bands(n: number, seed: number): LabelledImages {
  const rng = createRng(seed);
  const images = new Float32Array(n * 784);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 10;
    labels[i] = c;
    for (let j = 0; j < 784; j++) images[i * 784 + j] = (Math.floor(j / 78) === c ? 0.8 : 0) + 0.2 * rng.uniform();
  }
  return { images, labels, count: n };
}

const options = { hidden: 20, learningRate: 0.5, batchSize: 20, seed: 3 };

describe('Trainer', () => {
  it('takes the four steps: the loss falls and accuracy rises on a learnable problem', () => {
    const trainer = new Trainer(bands(200, 1), bands(100, 2), options);
    const first = trainer.step();
    let last = first;
    for (let i = 0; i < 60; i++) last = trainer.step();
    expect(first?.loss).toBeCloseTo(Math.log(10), 1);
    expect(last?.loss).toBeLessThan(0.5 * (first?.loss ?? 0));
    expect(last?.step).toBe(61);
    expect(trainer.evaluate().test).toBeGreaterThan(0.9);
  });

  it('reports the four gradient norms of every step, all finite and positive', () => {
    const record = new Trainer(bands(50, 1), bands(20, 2), options).step();
    for (const k of ['W1', 'b1', 'W2', 'b2'] as const) expect(record?.gradNorms[k]).toBeGreaterThan(0);
    expect(record?.batch).toHaveLength(20);
  });

  it('stops with diverged = true instead of producing NaN when the learning rate is absurd', () => {
    const trainer = new Trainer(bands(50, 1), bands(20, 2), { ...options, learningRate: 1e30 });
    let record = trainer.step();
    for (let i = 0; i < 20 && record; i++) record = trainer.step();
    expect(trainer.diverged).toBe(true);
    expect(trainer.step()).toBeNull();
  });

  it('is reproducible for a seed', () => {
    const run = () => {
      const t = new Trainer(bands(50, 1), bands(20, 2), options);
      return [t.step()?.loss, t.step()?.loss];
    };
    expect(run()).toEqual(run());
  });
});

describe('norm', () => {
  it('is the Euclidean length', () => {
    expect(norm([3, 4])).toBe(5);
  });
});
