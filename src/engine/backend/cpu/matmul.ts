// Matrix products as plain loops, ordered so the innermost loop walks memory contiguously.
// Row-major C = A·B: the naive i-j-p order strides down B's columns (a cache miss per step);
// i-p-j instead adds a(i,p)·(row p of B) into row i of C, touching both rows in order.
import type { FloatArray } from '../../dtype';

/** out (m,n) = A (m,k) · B (k,n), i-p-j order. */
export function matmulInPlace(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void {
  out.fill(0, 0, m * n);
  for (let i = 0; i < m; i++) {
    const oi = i * n;
    const ai = i * k;
    for (let p = 0; p < k; p++) {
      const aip = a[ai + p] ?? 0;
      const bp = p * n;
      for (let j = 0; j < n; j++) out[oi + j] = (out[oi + j] ?? 0) + aip * (b[bp + j] ?? 0);
    }
  }
}

/** out (m,n) = Aᵀ · B, A stored (k,m), B (k,n): row p of A scatters a(p,i)·(row p of B) into row i of C. */
export function matmulTransAInPlace(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void {
  out.fill(0, 0, m * n);
  for (let p = 0; p < k; p++) {
    const ap = p * m;
    const bp = p * n;
    for (let i = 0; i < m; i++) {
      const api = a[ap + i] ?? 0;
      const oi = i * n;
      for (let j = 0; j < n; j++) out[oi + j] = (out[oi + j] ?? 0) + api * (b[bp + j] ?? 0);
    }
  }
}

/** out (m,n) = A · Bᵀ, A (m,k), B stored (n,k): each entry is a dot product of two contiguous rows. */
export function matmulTransBInPlace(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const ai = i * k;
    for (let j = 0; j < n; j++) {
      const bj = j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += (a[ai + p] ?? 0) * (b[bj + p] ?? 0);
      out[i * n + j] = s;
    }
  }
}
