import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { matmulInPlace, matmulTransAInPlace, matmulTransBInPlace } from './matmul';

const rng = createRng(99);

/** A random (r,c) matrix with about a `zeros` fraction of exact zeros. */
function matrix(r: number, c: number, zeros = 0): Float64Array {
  return Float64Array.from({ length: r * c }, () => (rng.uniform() < zeros ? 0 : rng.normal()));
}

function transposed(x: Float64Array, r: number, c: number): Float64Array {
  const t = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) t[j * r + i] = x[i * c + j] ?? 0;
  return t;
}

/** The textbook i-j-p loop: the oracle. */
function naive(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += (a[i * k + p] ?? 0) * (b[p * n + j] ?? 0);
      c[i * n + j] = s;
    }
  return c;
}

const shapes = [
  [1, 1, 1],
  [4, 4, 4],
  [5, 7, 3],
  [9, 2, 11],
  [100, 50, 10],
  [3, 0, 2],
] as const;

describe('matmul kernels', () => {
  it.each(shapes)(
    'A·B, Aᵀ·B and A·Bᵀ equal the textbook loop for (%i×%i)·(%i) shapes, with and without zeros',
    (m, k, n) => {
      for (const zeros of [0, 0.8]) {
        const a = matrix(m, k, zeros);
        const b = matrix(k, n);
        const expected = naive(a, b, m, k, n);
        const out = new Float64Array(m * n).fill(123);
        matmulInPlace(a, b, out, m, k, n);
        expect(Array.from(out)).toEqual(Array.from(expected));
        matmulTransAInPlace(transposed(a, m, k), b, out.fill(123), m, k, n);
        expect(Array.from(out)).toEqual(Array.from(expected));
        matmulTransBInPlace(a, transposed(b, k, n), out.fill(123), m, k, n);
        expect(Array.from(out)).toEqual(Array.from(expected));
      }
    },
  );

  it('lets NaN and ∞ in B propagate through zeros of A, as IEEE arithmetic says (0·∞ = NaN)', () => {
    const a = new Float64Array([0, 1, 0, 0, 1, 0, 0, 0]); // (2,4)
    const b = new Float64Array([Infinity, 1, 2, NaN]); // (4,1)
    const out = new Float64Array(2);
    matmulInPlace(a, b, out, 2, 4, 1);
    expect(Array.from(out)).toEqual(Array.from(naive(a, b, 2, 4, 1)));
    expect(out[0]).toBeNaN();
  });
});
