// C (m,n) = A·B for all three forms the training step needs (A·B, Aᵀ·B, A·Bᵀ), as one routine over
// strides: A(i,p) = a[i·sai + p·sap], B(p,j) = b[p·sbp + j·sbj]. A transpose is a pair of strides.
// How it is fast:
// - packing: A is copied into panels of 4 rows (for each p, the 4 values A(i0..i0+3, p) side by side)
//   and B into panels of 8 columns (for each p, B(p, j0..j0+7)), zero-padded at the edges, so the inner
//   loop reads both with plain 16-byte loads whatever the transpose form and whatever m and n are;
// - a 4×8 register tile: 8 f32x4 accumulators; each step loads 8 values of B and broadcasts 4 of A,
//   then does 8 multiply-adds (FMAs in the relaxed build);
// - zero skipping: while packing A, a p where all 4 rows are 0 is left out of the panel (MNIST pixels
//   are mostly 0). 0·b = 0 only for finite b, so this is done only when every packed B is finite.
import { madd } from './fma';

const MR: i32 = 4;
const NR: i32 = 8;

/** Bytes of scratch gemm needs for (m,k,n): packed A, its term lists and counts, packed B, one C tile. */
export function gemmWorkBytes(m: i32, k: i32, n: i32): i32 {
  const ip = (m + MR - 1) / MR;
  const jp = (n + NR - 1) / NR;
  return (ip * MR * k + ip * k + ip + jp * NR * k + MR * NR) * 4 + 64;
}

/** Packs B into jp panels of k×8 floats (zero-padded); returns 1 if every value is finite. */
function packB(b: usize, sbp: i32, sbj: i32, k: i32, n: i32, out: usize): bool {
  const zero = f32x4.splat(0);
  let bad = zero;
  const panels = (n + NR - 1) / NR;
  for (let jp = 0; jp < panels; jp++) {
    const j0 = jp * NR;
    const panel = out + <usize>(jp * NR * k) * 4;
    if (sbj == 1 && j0 + NR <= n) {
      for (let p = 0; p < k; p++) {
        const src = b + <usize>(p * sbp + j0) * 4;
        const v0 = v128.load(src);
        const v1 = v128.load(src, 16);
        v128.store(panel + <usize>p * 32, v0);
        v128.store(panel + <usize>p * 32, v1, 16);
        bad = v128.or(bad, v128.or(f32x4.ne(f32x4.sub(v0, v0), zero), f32x4.ne(f32x4.sub(v1, v1), zero)));
      }
    } else {
      for (let p = 0; p < k; p++) {
        for (let jj = 0; jj < NR; jj++) {
          const j = j0 + jj;
          const v: f32 = j < n ? load<f32>(b + <usize>(p * sbp + j * sbj) * 4) : 0;
          store<f32>(panel + <usize>(p * NR + jj) * 4, v);
          if (v - v != 0) bad = f32x4.splat(1);
        }
      }
    }
  }
  return !v128.any_true(bad);
}

/** Appends v (A(i0..i0+3, p)) to the panel unless skipping is on and all four are 0; returns the new count. */
@inline
function keep(v: v128, p: i32, skip: bool, panel: usize, terms: usize, count: i32): i32 {
  if (skip && !v128.any_true(f32x4.ne(v, f32x4.splat(0)))) return count;
  v128.store(panel + <usize>count * 16, v);
  store<i32>(terms + <usize>count * 4, p);
  return count + 1;
}

/** Packs 4 rows of A (from i0) into a k×4 panel, leaving out all-zero p's when skip is set; returns the count. */
function packAPanel(a: usize, sai: i32, sap: i32, i0: i32, m: i32, k: i32, skip: bool, panel: usize, terms: usize): i32 {
  let count = 0;
  const full = i0 + MR <= m;
  let p = 0;
  if (full && sai == 1) {
    // Aᵀ·B: the 4 values at each p are adjacent, one load.
    for (; p < k; p++) count = keep(v128.load(a + <usize>(i0 + p * sap) * 4), p, skip, panel, terms, count);
    return count;
  }
  if (full && sap == 1) {
    // A·B and A·Bᵀ: rows are contiguous, so load a 4×4 block (4 rows × 4 p) and transpose it in registers.
    const row = <usize>sai * 4;
    for (; p + 4 <= k; p += 4) {
      const src = a + <usize>(i0 * sai + p) * 4;
      const r0 = v128.load(src);
      const r1 = v128.load(src + row);
      const r2 = v128.load(src + 2 * row);
      const r3 = v128.load(src + 3 * row);
      const s0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5);
      const s1 = i32x4.shuffle(r2, r3, 0, 4, 1, 5);
      const s2 = i32x4.shuffle(r0, r1, 2, 6, 3, 7);
      const s3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
      count = keep(i32x4.shuffle(s0, s1, 0, 1, 4, 5), p, skip, panel, terms, count);
      count = keep(i32x4.shuffle(s0, s1, 2, 3, 6, 7), p + 1, skip, panel, terms, count);
      count = keep(i32x4.shuffle(s2, s3, 0, 1, 4, 5), p + 2, skip, panel, terms, count);
      count = keep(i32x4.shuffle(s2, s3, 2, 3, 6, 7), p + 3, skip, panel, terms, count);
    }
  }
  // Any other layout, the last rows of A, and the last p's: one value at a time, zero-padded.
  const s = <usize>sai * 4;
  for (; p < k; p++) {
    const base = a + <usize>(i0 * sai + p * sap) * 4;
    const a0 = load<f32>(base);
    const a1: f32 = i0 + 1 < m ? load<f32>(base + s) : 0;
    const a2: f32 = i0 + 2 < m ? load<f32>(base + 2 * s) : 0;
    const a3: f32 = i0 + 3 < m ? load<f32>(base + 3 * s) : 0;
    count = keep(f32x4(a0, a1, a2, a3), p, skip, panel, terms, count);
  }
  return count;
}

/** The 4×8 tile C[i0.., j0..] = Σ over the panel's terms; rows ≤ 4, cols ≤ 8 are the valid part. */
function tile(panel: usize, terms: usize, count: i32, bPanel: usize, c: usize, ldc: i32, rows: i32, cols: i32, tmp: usize): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0), c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  for (let t = 0; t < count; t++) {
    const bp = bPanel + <usize>load<i32>(terms + <usize>t * 4) * 32;
    const b0 = v128.load(bp);
    const b1 = v128.load(bp, 16);
    const ap = panel + <usize>t * 16;
    const a0 = v128.load32_splat(ap);
    const a1 = v128.load32_splat(ap, 4);
    const a2 = v128.load32_splat(ap, 8);
    const a3 = v128.load32_splat(ap, 12);
    c00 = madd(a0, b0, c00);
    c01 = madd(a0, b1, c01);
    c10 = madd(a1, b0, c10);
    c11 = madd(a1, b1, c11);
    c20 = madd(a2, b0, c20);
    c21 = madd(a2, b1, c21);
    c30 = madd(a3, b0, c30);
    c31 = madd(a3, b1, c31);
  }
  const row = <usize>ldc * 4;
  if (rows == MR && cols == NR) {
    v128.store(c, c00);
    v128.store(c, c01, 16);
    v128.store(c + row, c10);
    v128.store(c + row, c11, 16);
    v128.store(c + 2 * row, c20);
    v128.store(c + 2 * row, c21, 16);
    v128.store(c + 3 * row, c30);
    v128.store(c + 3 * row, c31, 16);
    return;
  }
  // An edge tile: spill the registers, copy the valid rows × cols.
  v128.store(tmp, c00);
  v128.store(tmp, c01, 16);
  v128.store(tmp, c10, 32);
  v128.store(tmp, c11, 48);
  v128.store(tmp, c20, 64);
  v128.store(tmp, c21, 80);
  v128.store(tmp, c30, 96);
  v128.store(tmp, c31, 112);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) store<f32>(c + <usize>r * row + <usize>j * 4, load<f32>(tmp + <usize>(r * NR + j) * 4));
  }
}

/** The 4×4 tile for a last panel with at most 4 valid columns (50 = 6·8 + 2): half the multiply-adds. */
function tileNarrow(panel: usize, terms: usize, count: i32, bPanel: usize, c: usize, ldc: i32, rows: i32, cols: i32, tmp: usize): void {
  let c0 = f32x4.splat(0), c1 = f32x4.splat(0), c2 = f32x4.splat(0), c3 = f32x4.splat(0);
  for (let t = 0; t < count; t++) {
    const b0 = v128.load(bPanel + <usize>load<i32>(terms + <usize>t * 4) * 32);
    const ap = panel + <usize>t * 16;
    c0 = madd(v128.load32_splat(ap), b0, c0);
    c1 = madd(v128.load32_splat(ap, 4), b0, c1);
    c2 = madd(v128.load32_splat(ap, 8), b0, c2);
    c3 = madd(v128.load32_splat(ap, 12), b0, c3);
  }
  v128.store(tmp, c0);
  v128.store(tmp, c1, 32);
  v128.store(tmp, c2, 64);
  v128.store(tmp, c3, 96);
  const row = <usize>ldc * 4;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) store<f32>(c + <usize>r * row + <usize>j * 4, load<f32>(tmp + <usize>(r * NR + j) * 4));
  }
}

/** C (m,n) = A·B over k terms (strides in elements); work is gemmWorkBytes(m,k,n) of scratch, 16-aligned. */
export function gemm(a: usize, sai: i32, sap: i32, b: usize, sbp: i32, sbj: i32, c: usize, m: i32, k: i32, n: i32, work: usize): void {
  if (m <= 0 || n <= 0) return;
  const ip = (m + MR - 1) / MR;
  const jp = (n + NR - 1) / NR;
  const aPack = work;
  const bPack = aPack + <usize>(ip * MR * k) * 4;
  const tmp = bPack + <usize>(jp * NR * k) * 4;
  const termsAt = tmp + <usize>(MR * NR) * 4;
  const counts = termsAt + <usize>(ip * k) * 4;
  const skip = packB(b, sbp, sbj, k, n, bPack);
  for (let i = 0; i < ip; i++) {
    const count = packAPanel(a, sai, sap, i * MR, m, k, skip, aPack + <usize>(i * MR * k) * 4, termsAt + <usize>(i * k) * 4);
    store<i32>(counts + <usize>i * 4, count);
  }
  // One B panel (k×8) stays in L1 while every A panel streams past it.
  for (let j = 0; j < jp; j++) {
    const j0 = j * NR;
    const cols = min(NR, n - j0);
    const bPanel = bPack + <usize>(j * NR * k) * 4;
    for (let i = 0; i < ip; i++) {
      const i0 = i * MR;
      const panel = aPack + <usize>(i * MR * k) * 4;
      const terms = termsAt + <usize>(i * k) * 4;
      const out = c + <usize>(i0 * n + j0) * 4;
      const count = load<i32>(counts + <usize>i * 4);
      if (cols <= 4) tileNarrow(panel, terms, count, bPanel, out, n, min(MR, m - i0), cols, tmp);
      else tile(panel, terms, count, bPanel, out, n, min(MR, m - i0), cols, tmp);
    }
  }
}
