import { describe, expect, it } from 'vitest';
import { initStd, layerActivations, layerStats } from './initStats';

const small = { samples: 200, units: 100, layers: 5 };

describe('initStd', () => {
  it('uses 1/√n for Xavier and √(2/n) for He', () => {
    expect(initStd('xavier', 100)).toBeCloseTo(0.1, 12);
    expect(initStd('he', 100)).toBeCloseTo(Math.sqrt(0.02), 12);
  });
});

describe('layerActivations', () => {
  it('makes every sigmoid unit output exactly 0.5 in every layer with zero init', () => {
    for (const layer of layerActivations('zero', 'sigmoid', 1, small)) {
      const s = layerStats(layer.data);
      expect(s.mean).toBeCloseTo(0.5, 6);
      expect(s.std).toBeCloseTo(0, 6);
    }
  });

  it('pushes sigmoid outputs to 0 and 1 with std 1, and squeezes them around 0.5 with std 0.01', () => {
    const wide = layerStats(layerActivations('std1', 'sigmoid', 1, small)[4]?.data ?? []);
    const edges = (wide.counts[0] ?? 0) + (wide.counts[29] ?? 0);
    expect(edges / (small.samples * small.units)).toBeGreaterThan(0.4);
    const narrow = layerStats(layerActivations('std001', 'sigmoid', 1, small)[4]?.data ?? []);
    expect(narrow.std).toBeLessThan(0.02);
    expect(narrow.mean).toBeCloseTo(0.5, 1);
  });

  it('keeps ReLU activations at a similar spread through the layers with He init', () => {
    const layers = layerActivations('he', 'relu', 1, small).map((l) => layerStats(l.data).std);
    const ratio = (layers[4] ?? 0) / (layers[0] ?? 1);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it('lets ReLU activations shrink layer by layer with Xavier init', () => {
    const layers = layerActivations('xavier', 'relu', 1, small).map((l) => layerStats(l.data).std);
    expect(layers[4] ?? 1).toBeLessThan((layers[0] ?? 0) * 0.5);
  });
});

describe('layerStats', () => {
  it('counts values outside [0, 1] separately and bins the rest', () => {
    const s = layerStats([0, 0.5, 0.99, 1.5, -0.1], 10);
    expect(s.outside).toBe(2);
    expect(s.counts[0]).toBe(1);
    expect(s.counts[5]).toBe(1);
    expect(s.counts[9]).toBe(1);
    expect(s.zeroShare).toBeCloseTo(0.2, 12);
  });
});
