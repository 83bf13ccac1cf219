import { describe, expect, it } from 'vitest';
import { createRng, SGD, tensor, TwoLayerNet } from '../src/engine';
import { plainStep, type PlainNet } from './plainBaseline';

// The bench sets the engine's step against this one, so both must do the same work: same loss, same update.
describe('plainStep, the benchmark baseline', () => {
  it('matches the engine TwoLayerNet gradient + SGD step on a small batch', () => {
    const [d, h, k, n] = [12, 5, 3, 4];
    const rng = createRng(3);
    const net = new TwoLayerNet(d, h, k, { weightInitStd: 0.5, rng });
    const copy = (key: 'W1' | 'b1' | 'W2' | 'b2') => Float32Array.from(net.params[key].data);
    const plain: PlainNet = { W1: copy('W1'), b1: copy('b1'), W2: copy('W2'), b2: copy('b2'), sizes: [d, h, k] };
    const w1Before = copy('W1');
    const x = Float32Array.from({ length: n * d }, () => rng.uniform());
    const t = new Float32Array(n * k);
    for (let r = 0; r < n; r++) t[r * k + (r % k)] = 1;
    const xs = tensor(x, { shape: [n, d] });
    const ts = tensor(t, { shape: [n, k] });

    const engineLoss = net.loss(xs, ts);
    new SGD(0.1).update(net.params, net.gradient(xs, ts));
    const plainLoss = plainStep(plain, x, t, n, 0.1);

    expect(plainLoss).toBeCloseTo(engineLoss, 5);
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) {
      const engine = net.params[key].data;
      plain[key].forEach((v, i) => expect(v).toBeCloseTo(engine[i] ?? NaN, 5));
    }
    // The step did move the weights (a test that would pass on a no-op step is no test).
    expect(Math.max(...plain.W1.map((v, i) => Math.abs(v - (w1Before[i] ?? 0))))).toBeGreaterThan(1e-4);
  });
});
