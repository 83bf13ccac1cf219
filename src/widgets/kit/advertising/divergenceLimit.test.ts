import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matmul, tensor, transpose } from '../../../engine';
import { adRows, adSales, adZ } from './advertisingData';
import { evaluateLinear, linearStep, type LinearParams } from './linearNeuron';

/** λ_max of H = (2/n)·X̃ᵀX̃ (X̃ = rows with a column of ones for b), the MSE's Hessian, by power iteration. */
function largestCurvature(rows: readonly (readonly number[])[]): number {
  const X = tensor(
    rows.map((r) => [...r, 1]),
    { dtype: 'float64' },
  );
  const H = matmul(transpose(X), X);
  const d = H.shape[0] ?? 0;
  const h = [...H.data].map((v) => (2 / rows.length) * v);
  let v = Array.from({ length: d }, () => 1);
  let lambda = 0;
  for (let it = 0; it < 500; it++) {
    const w = v.map((_, i) => v.reduce((s, vj, j) => s + (h[i * d + j] ?? 0) * vj, 0));
    const norm = Math.hypot(...w);
    lambda = norm / Math.hypot(...v);
    v = w.map((x) => x / norm);
  }
  return lambda;
}

const chapter = (lang: string) =>
  readFileSync(new URL(`../../../../chapters/${lang}/loss-functions.mdx`, import.meta.url), 'utf8');

describe('the loss chapter’s divergence limits are the engine’s', () => {
  const raw = largestCurvature(adRows.map((r) => r.spend));
  const z = largestCurvature(adZ);

  it('gradient descent on the raw spends diverges above η ≈ 0.000112, on standardised ones above ≈ 0.551', () => {
    expect(raw).toBeCloseTo(17817.24, 1);
    expect(2 / raw).toBeCloseTo(0.000112, 6);
    expect(z).toBeCloseTo(3.632, 3);
    expect(2 / z).toBeCloseTo(0.551, 3);
    expect(raw / z).toBeGreaterThan(4850);
    expect(raw / z).toBeLessThan(4950);
  });

  it('η = 0.5 converges and 0.6 diverges on the standardised table, either side of the limit', () => {
    let ok: LinearParams = { w: [0, 0, 0], b: 0 };
    let bad: LinearParams = { w: [0, 0, 0], b: 0 };
    for (let i = 0; i < 200; i++) {
      ok = linearStep(adZ, adSales, ok, 0.5);
      bad = linearStep(adZ, adSales, bad, 0.6);
    }
    expect(evaluateLinear(adZ, adSales, ok).loss).toBeLessThan(0.001);
    expect(evaluateLinear(adZ, adSales, bad).loss).toBeGreaterThan(1e6);
  });

  it('the least-squares fit leaves about 2 × 10⁻⁷ of the sales variance', () => {
    let p: LinearParams = { w: [0, 0, 0], b: 0 };
    for (let i = 0; i < 2000; i++) p = linearStep(adZ, adSales, p, 0.5);
    const mse = evaluateLinear(adZ, adSales, p).loss;
    const m = adSales.reduce((a, b) => a + b, 0) / adSales.length;
    const variance = adSales.reduce((a, b) => a + (b - m) ** 2, 0) / adSales.length;
    expect(variance).toBeCloseTo(2446.64, 6);
    expect(mse / variance).toBeGreaterThan(1.5e-7);
    expect(mse / variance).toBeLessThan(2.5e-7);
  });

  it.each(['en', 'ko'])('the %s chapter prints those numbers', (lang) => {
    const text = chapter(lang);
    for (const s of ['17{,}817', '0.000112', '3.63', '0.551', '4,900', '2446.64', '2 \\times 10^{-7}'])
      expect(text).toContain(s);
  });
});
