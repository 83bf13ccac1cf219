// Matrix products. One loop nest does all three (A·B, Aᵀ·B, A·Bᵀ): it reads A(i,p) at
// a[i·sai + p·sap] and B(p,j) at b[p·sbp + j·sbj], so a transpose is just a different pair of
// strides, never a copy. Two tricks make it fast in plain JavaScript:
// - register blocking: each pass computes a 4×4 tile of C in 16 local variables, so every value
//   loaded from A or B is used 4 times and C is written once (in p order, like the textbook sum);
// - zero skipping: terms where A(i,p) = 0 are left out. MNIST pixels are mostly 0, so the first
//   layer does a fraction of the work. 0·b = 0 only for finite b, so we skip only when B is finite
//   (NaN and ∞ still propagate exactly as IEEE arithmetic says).
import type { FloatArray } from '../../dtype';

const TILE = 4;
let terms = new Int32Array(0);

function allFinite(x: FloatArray): boolean {
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i] ?? 0)) return false;
  return true;
}

/** The p's (0..k−1) where some of rows i0..i0+rows−1 of A is nonzero (every p when skipping is off). */
function nonzeroTerms(
  a: FloatArray,
  sai: number,
  sap: number,
  i0: number,
  rows: number,
  k: number,
  skip: boolean,
): number {
  if (terms.length < k) terms = new Int32Array(k);
  let count = 0;
  for (let p = 0; p < k; p++) {
    let keep = !skip;
    for (let r = 0; r < rows && !keep; r++) keep = (a[(i0 + r) * sai + p * sap] ?? 0) !== 0;
    if (keep) terms[count++] = p;
  }
  return count;
}

// The operands of the product being computed: A(i,p) is A[i·sai + p·sap], B(p,j) is B[p·sbp + j·sbj],
// C is (m,n). gemmInPlace sets them once per call (module state instead of an object, so a call
// allocates nothing); the tile functions copy them into locals before their loops.
let A: FloatArray = new Float64Array(0);
let B: FloatArray = new Float64Array(0);
let C: FloatArray = new Float64Array(0);
let sai = 0;
let sap = 0;
let sbp = 0;
let sbj = 0;
let N = 0;

/** C[i0..i0+3, j0..j0+3] = Σ over the listed terms p of A(i,p)·B(p,j), in 16 registers. */
function tile4x4(i0: number, j0: number, count: number): void {
  const a = A,
    b = B,
    out = C,
    n = N,
    ap = sap,
    bp = sbp,
    bj = sbj;
  const r0 = i0 * sai;
  const r1 = r0 + sai;
  const r2 = r1 + sai;
  const r3 = r2 + sai;
  let c00 = 0,
    c01 = 0,
    c02 = 0,
    c03 = 0,
    c10 = 0,
    c11 = 0,
    c12 = 0,
    c13 = 0;
  let c20 = 0,
    c21 = 0,
    c22 = 0,
    c23 = 0,
    c30 = 0,
    c31 = 0,
    c32 = 0,
    c33 = 0;
  for (let t = 0; t < count; t++) {
    const p = terms[t] ?? 0;
    const pa = p * ap;
    const pb = p * bp + j0 * bj;
    const b0 = b[pb] ?? 0,
      b1 = b[pb + bj] ?? 0,
      b2 = b[pb + 2 * bj] ?? 0,
      b3 = b[pb + 3 * bj] ?? 0;
    const a0 = a[r0 + pa] ?? 0,
      a1 = a[r1 + pa] ?? 0,
      a2 = a[r2 + pa] ?? 0,
      a3 = a[r3 + pa] ?? 0;
    c00 += a0 * b0;
    c01 += a0 * b1;
    c02 += a0 * b2;
    c03 += a0 * b3;
    c10 += a1 * b0;
    c11 += a1 * b1;
    c12 += a1 * b2;
    c13 += a1 * b3;
    c20 += a2 * b0;
    c21 += a2 * b1;
    c22 += a2 * b2;
    c23 += a2 * b3;
    c30 += a3 * b0;
    c31 += a3 * b1;
    c32 += a3 * b2;
    c33 += a3 * b3;
  }
  const c = i0 * n + j0;
  out[c] = c00;
  out[c + 1] = c01;
  out[c + 2] = c02;
  out[c + 3] = c03;
  out[c + n] = c10;
  out[c + n + 1] = c11;
  out[c + n + 2] = c12;
  out[c + n + 3] = c13;
  out[c + 2 * n] = c20;
  out[c + 2 * n + 1] = c21;
  out[c + 2 * n + 2] = c22;
  out[c + 2 * n + 3] = c23;
  out[c + 3 * n] = c30;
  out[c + 3 * n + 1] = c31;
  out[c + 3 * n + 2] = c32;
  out[c + 3 * n + 3] = c33;
}

/** C[i, j0..j0+3] over the listed terms: one row, 4 registers (for the last rows when m is not a multiple of 4). */
function tile1x4(i: number, j0: number, count: number): void {
  const a = A,
    b = B,
    out = C,
    ap = sap,
    bp = sbp,
    bj = sbj;
  const ra = i * sai;
  let c0 = 0,
    c1 = 0,
    c2 = 0,
    c3 = 0;
  for (let t = 0; t < count; t++) {
    const p = terms[t] ?? 0;
    const aip = a[ra + p * ap] ?? 0;
    const pb = p * bp + j0 * bj;
    c0 += aip * (b[pb] ?? 0);
    c1 += aip * (b[pb + bj] ?? 0);
    c2 += aip * (b[pb + 2 * bj] ?? 0);
    c3 += aip * (b[pb + 3 * bj] ?? 0);
  }
  const c = i * N + j0;
  out[c] = c0;
  out[c + 1] = c1;
  out[c + 2] = c2;
  out[c + 3] = c3;
}

/** C[i, j] over the listed terms: a single dot product (for the last columns when n is not a multiple of 4). */
function dot(i: number, j: number, count: number): void {
  let s = 0;
  for (let t = 0; t < count; t++) {
    const p = terms[t] ?? 0;
    s += (A[i * sai + p * sap] ?? 0) * (B[p * sbp + j * sbj] ?? 0);
  }
  C[i * N + j] = s;
}

/** C (m,n) = A·B with A(i,p) = a[i·sai + p·sap], B(p,j) = b[p·sbp + j·sbj], over k terms. */
export function gemmInPlace(
  a: FloatArray,
  strideAi: number,
  strideAp: number,
  b: FloatArray,
  strideBp: number,
  strideBj: number,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  A = a;
  B = b;
  C = out;
  N = n;
  sai = strideAi;
  sap = strideAp;
  sbp = strideBp;
  sbj = strideBj;
  const skip = allFinite(b);
  const nTiled = n - (n % TILE);
  for (let i0 = 0; i0 < m; i0 += TILE) {
    const rows = Math.min(TILE, m - i0);
    const count = nonzeroTerms(a, sai, sap, i0, rows, k, skip);
    for (let j0 = 0; j0 < nTiled; j0 += TILE) {
      if (rows === TILE) tile4x4(i0, j0, count);
      else for (let r = 0; r < rows; r++) tile1x4(i0 + r, j0, count);
    }
    for (let r = 0; r < rows; r++) for (let j = nTiled; j < n; j++) dot(i0 + r, j, count);
  }
}

/** out (m,n) = A (m,k) · B (k,n). */
export function matmulInPlace(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void {
  gemmInPlace(a, k, 1, b, n, 1, out, m, k, n);
}

/** out (m,n) = Aᵀ · B with A stored (k,m) and B (k,n): dW = Xᵀ·dY. */
export function matmulTransAInPlace(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  gemmInPlace(a, 1, m, b, n, 1, out, m, k, n);
}

/** out (m,n) = A · Bᵀ with A (m,k) and B stored (n,k): dX = dY·Wᵀ. */
export function matmulTransBInPlace(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  gemmInPlace(a, k, 1, b, 1, k, out, m, k, n);
}
