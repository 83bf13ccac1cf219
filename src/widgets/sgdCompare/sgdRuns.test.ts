import { describe, expect, it } from 'vitest';
import { batchesOf, fullLoss, runMethod } from './sgdRuns';

const start = [0, 80] as const;

describe('batchesOf', () => {
  it('cuts five rows into batches of two with a last batch of one', () => {
    expect(batchesOf([4, 0, 3, 1, 2], 2)).toEqual([[4, 0], [3, 1], [2]]);
  });
});

describe('runMethod', () => {
  it('makes 1, 3 and 5 updates per epoch for batch, mini-batch and SGD', () => {
    expect(runMethod('batch', start, 0.1, 4, 1).points).toHaveLength(1 + 4);
    expect(runMethod('minibatch', start, 0.1, 4, 1).points).toHaveLength(1 + 12);
    expect(runMethod('sgd', start, 0.1, 4, 1).points).toHaveLength(1 + 20);
  });

  it('gives the same path for the same seed and a different one for another seed', () => {
    const a = runMethod('sgd', start, 0.1, 5, 7).points.map((p) => p.params);
    const b = runMethod('sgd', start, 0.1, 5, 7).points.map((p) => p.params);
    const c = runMethod('sgd', start, 0.1, 5, 8).points.map((p) => p.params);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('brings every method close to the best one-feature fit, whose loss is about 89.68', () => {
    const best = fullLoss([48.54856067736652, 139.4]);
    expect(best).toBeCloseTo(89.677, 2);
    for (const m of ['batch', 'minibatch', 'sgd'] as const) {
      const run = runMethod(m, start, 0.1, 40, 3);
      expect(run.diverged).toBe(false);
      expect(run.points[run.points.length - 1]?.loss ?? Infinity).toBeLessThan(best + 30);
    }
  });

  it('stops a run whose learning rate is too large and reports it as diverged', () => {
    const run = runMethod('batch', start, 1.5, 200, 1);
    expect(run.diverged).toBe(true);
    expect(run.points.every((p) => Number.isFinite(p.loss))).toBe(true);
  });
});
