import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../rng';
import { tensor } from '../tensor';
import { Adam } from '../optim/adam';
import { FastMlp } from './fastMlp';
import { MultiLayerNet } from './multiLayerNet';

/** W1, b1, W2, b2, … with small random entries (biases too, so their gradients are exercised). */
function randomParams(sizes: readonly number[], rng: Rng): Float32Array[] {
  return sizes
    .slice(1)
    .flatMap((out, l) => [
      Float32Array.from({ length: (sizes[l] ?? 0) * out }, () => rng.normal(0, 0.5)),
      Float32Array.from({ length: out }, () => rng.normal(0, 0.1)),
    ]);
}

describe('FastMlp', () => {
  it.each(['relu', 'sigmoid'] as const)(
    'matches the engine MultiLayerNet loss and gradients (%s, two hidden layers)',
    (activation) => {
      const sizes = [6, 5, 4, 3];
      const rng = createRng(3);
      const params = randomParams(sizes, rng);
      const x = Float32Array.from({ length: 4 * 6 }, () => rng.uniform(-1, 1));
      const labels = new Int32Array([0, 2, 1, 2]);
      const fast = new FastMlp(
        sizes,
        activation,
        4,
        params.map((p) => p.slice()),
      );
      const loss = fast.step(x, { kind: 'index', data: labels }, 4);
      const ref = new MultiLayerNet(6, [5, 4], 3, { activation });
      params.forEach((p, i) => ref.params[`${i % 2 === 0 ? 'W' : 'b'}${Math.floor(i / 2) + 1}`]!.data.set(p));
      const grads = ref.gradient(tensor(x, { shape: [4, 6] }), labels);
      expect(loss).toBeCloseTo(ref.lastLayer.loss, 5);
      fast.grads.forEach((g, i) => {
        const r = grads[`${i % 2 === 0 ? 'W' : 'b'}${Math.floor(i / 2) + 1}`]!.data;
        g.forEach((v, j) => expect(v).toBeCloseTo(r[j] ?? NaN, 5));
      });
    },
  );

  it('gives probabilities that sum to 1 per row, with no hidden layer too', () => {
    const net = new FastMlp([4, 3], 'relu', 2, randomParams([4, 3], createRng(1)), 5);
    const p = net.probabilities(
      Float32Array.from({ length: 20 }, (_, i) => i / 20),
      5,
    );
    for (let r = 0; r < 5; r++) expect(p[r * 3]! + p[r * 3 + 1]! + p[r * 3 + 2]!).toBeCloseTo(1, 6);
  });
});

describe('optimizers on plain arrays', () => {
  it('updateArrays moves FastMlp parameters exactly as update moves the same named tensors', () => {
    const sizes = [6, 5, 3];
    const rng = createRng(9);
    const start = randomParams(sizes, rng);
    const x = Float32Array.from({ length: 4 * 6 }, () => rng.uniform(-1, 1));
    const labels = { kind: 'index' as const, data: new Int32Array([0, 2, 1, 2]) };
    const fast = new FastMlp(
      sizes,
      'relu',
      4,
      start.map((p) => p.slice()),
    );
    const named = ['W1', 'b1', 'W2', 'b2'];
    const params = Object.fromEntries(start.map((p, i) => [named[i] ?? '', tensor(p.slice(), { shape: [p.length] })]));
    const [byArray, byName] = [new Adam(0.01), new Adam(0.01)];
    for (let step = 0; step < 3; step++) {
      fast.step(x, labels, 4);
      const grads = Object.fromEntries(
        fast.grads.map((g, i) => [named[i] ?? '', tensor(g.slice(), { shape: [g.length] })]),
      );
      byName.update(params, grads);
      byArray.updateArrays(fast.params, fast.grads);
    }
    fast.params.forEach((p, i) => {
      const q = params[named[i] ?? '']?.data ?? [];
      p.forEach((v, j) => expect(v).toBeCloseTo(q[j] ?? NaN, 6));
    });
    expect(() => byArray.updateArrays(fast.params, fast.grads.slice(1))).toThrow(/gradients/);
  });
});
