import { describe, expect, it } from 'vitest';
import { adSales, adScaling, adZ, columnScaling, standardise } from '../kit/advertising/advertisingData';
import { fitSteps } from './fitLoop';
import { evaluateLinear } from '../kit/advertising/linearNeuron';

describe('standardise', () => {
  it('gives every advertising column mean 0 and spread 1', () => {
    const s = columnScaling(adZ);
    s.mean.forEach((m) => expect(m).toBeCloseTo(0, 12));
    s.std.forEach((d) => expect(d).toBeCloseTo(1, 12));
    expect(adScaling.mean).toEqual([63, 41.8, 46]);
  });

  it('leaves a constant column at zero instead of dividing by zero', () => {
    expect(standardise([[2], [2]], columnScaling([[2], [2]]))).toEqual([[0], [0]]);
  });
});

describe('evaluateLinear', () => {
  it('predicts b for every row when the weights are zero, and the MSE is the mean of squared sales gaps', () => {
    const e = evaluateLinear(adZ, adSales, { w: [0, 0, 0], b: 100 });
    expect(e.predictions).toEqual([100, 100, 100, 100, 100]);
    const expected = adSales.reduce((s, y) => s + (100 - y) ** 2, 0) / 5;
    expect(e.loss).toBeCloseTo(expected, 9);
    expect(e.gradB).toBeCloseTo((2 / 5) * adSales.reduce((s, y) => s + (100 - y), 0), 9);
  });
});

describe('fitSteps', () => {
  it('fits the five rows almost exactly with η = 0.1 on standardised spend', () => {
    const fit = fitSteps(adZ, adSales, { w: [0, 0, 0], b: 0 }, 0.1, 0, 3000);
    expect(fit.status).toBe('converged');
    expect(fit.params.b).toBeCloseTo(139.4, 6);
    expect(fit.params.w[0]).toBeCloseTo(61.2, 1);
    expect(fit.loss).toBeLessThan(1e-3);
  });

  it('stops with η = 0.7 as diverged and keeps finite parameters', () => {
    const fit = fitSteps(adZ, adSales, { w: [0, 0, 0], b: 0 }, 0.7, 0, 3000);
    expect(fit.status).toBe('diverged');
    expect([...fit.params.w, fit.params.b].every(Number.isFinite)).toBe(true);
  });

  it('reports running when the budget for this frame runs out first', () => {
    expect(fitSteps(adZ, adSales, { w: [0, 0, 0], b: 0 }, 0.1, 0, 3).status).toBe('running');
  });
});
