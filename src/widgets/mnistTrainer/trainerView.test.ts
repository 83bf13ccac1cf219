import { describe, expect, it } from 'vitest';
import { etaMs, initialView, smoothLosses, trainerReducer, type TrainerAction } from './trainerView';

const run = (actions: TrainerAction[]) => actions.reduce(trainerReducer, initialView);

describe('trainerReducer', () => {
  it('goes idle → loading → training → paused → training → done and keeps every loss', () => {
    let v = run([{ type: 'ui/start' }, { type: 'data/progress', loaded: 5, total: 10 }]);
    expect([v.state, v.loaded, v.total]).toEqual(['loading', 5, 10]);
    v = run([
      { type: 'ui/start' },
      {
        type: 'train/started',
        totalSteps: 100,
        stepsPerEpoch: 50,
        classes: ['0'],
        backend: 'js',
        backendNote: '',
        workers: 1,
      },
      { type: 'train/progress', step: 2, losses: new Float32Array([2, 1.5]), samplesPerSec: 10, elapsedMs: 20 },
    ]);
    expect([v.state, v.step, v.losses.length]).toEqual(['training', 2, 2]);
    v = trainerReducer(v, { type: 'train/paused' });
    expect(v.state).toBe('paused');
    v = trainerReducer(v, { type: 'train/resumed' });
    expect(v.state).toBe('training');
    v = trainerReducer(v, { type: 'train/epoch', epoch: 1, step: 50, trainAcc: 0.9, testAcc: 0.89 });
    expect(v.epochs).toHaveLength(1);
  });

  it('turns a diverged run, a data failure and a crashed worker into the error state with its kind', () => {
    expect(run([{ type: 'ui/start' }, { type: 'train/diverged', step: 3, loss: Infinity }]).problem).toMatchObject({
      kind: 'diverged',
      step: 3,
    });
    expect(run([{ type: 'train/error', message: 'data file x.bin is corrupt' }]).problem?.kind).toBe('data');
    const crashed = run([{ type: 'worker/crashed', message: 'gone' }]);
    expect([crashed.state, crashed.problem?.kind]).toEqual(['error', 'crashed']);
    expect(trainerReducer(crashed, { type: 'ui/reset' })).toBe(initialView);
  });

  it('ignores a late resume when not paused', () => {
    expect(run([{ type: 'train/resumed' }]).state).toBe('idle');
  });
});

describe('etaMs and smoothLosses', () => {
  it('extrapolates the remaining time from the pace so far', () => {
    const v = { ...initialView, step: 25, totalSteps: 100, elapsedMs: 1000 };
    expect(etaMs(v)).toBe(3000);
    expect(etaMs(initialView)).toBeNaN();
  });

  it('smooths with a bias-corrected moving average that starts at the first loss', () => {
    const s = smoothLosses([2, 2, 2, 0]);
    expect(s[0]).toBeCloseTo(2, 10);
    expect(s[2]).toBeCloseTo(2, 10);
    expect(s[3]).toBeLessThan(2);
    expect(s[3]).toBeGreaterThan(1.4);
  });
});
