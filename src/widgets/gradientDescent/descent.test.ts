import { describe, expect, it } from 'vitest';
import { advance, downhillArrows, evaluate, MAX_STEPS, statusOf, surfaces, surfaceValue } from './descent';

const bowl = surfaces.bowl;
const valley = surfaces.valley;

describe('evaluate', () => {
  it('differentiates the bowl as the book does: ∇L at (3, 4) is (6, 8)', () => {
    const e = evaluate(bowl, [3, 4]);
    expect(e.loss).toBe(25);
    expect(e.grad).toEqual([6, 8]);
  });

  it('agrees with the drawing formula on the valley', () => {
    const e = evaluate(valley, [-7, 2]);
    expect(e.loss).toBeCloseTo(surfaceValue(valley, -7, 2), 12);
    expect(e.grad[0]).toBeCloseTo(-0.7, 12);
    expect(e.grad[1]).toBeCloseTo(4, 12);
  });
});

describe('advance', () => {
  it('reaches the minimum from (−3, 4) with η = 0.1, like the book', () => {
    const run = advance(bowl, [evaluate(bowl, [-3, 4])], 0.1, 100);
    expect(statusOf(run)).toBe('converged');
    const last = run[run.length - 1];
    expect(Math.hypot(...(last?.point ?? [1, 1]))).toBeLessThan(1e-4);
  });

  it('stops a run with η = 1.1 as diverged, with finite numbers only', () => {
    const run = advance(bowl, [evaluate(bowl, [-3, 4])], 1.1, 500);
    expect(statusOf(run)).toBe('diverged');
    expect(run.length).toBeLessThan(100);
    expect(run.every((p) => Number.isFinite(p.loss) && p.point.every(Number.isFinite))).toBe(true);
  });

  it('bounces forever at η = 1 on the bowl and stops at the step limit', () => {
    const run = advance(bowl, [evaluate(bowl, [-3, 4])], 1, MAX_STEPS + 10);
    expect(run).toHaveLength(MAX_STEPS + 1);
    expect(statusOf(run)).toBe('stopped');
  });

  it('barely moves with a tiny learning rate', () => {
    const run = advance(bowl, [evaluate(bowl, [-3, 4])], 1e-4, 100);
    expect(statusOf(run)).toBe('idle');
    expect(run[run.length - 1]?.point[0]).toBeCloseTo(-3 * (1 - 2e-4) ** 100, 10);
  });
});

describe('downhillArrows', () => {
  it('points against the gradient with capped length', () => {
    const [arrow] = downhillArrows([evaluate(bowl, [3, 4])], 1);
    expect(arrow?.[1][0]).toBeCloseTo(3 - 0.6, 12);
    expect(arrow?.[1][1]).toBeCloseTo(4 - 0.8, 12);
  });
});
