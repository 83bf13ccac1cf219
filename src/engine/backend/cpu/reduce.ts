// Reductions and softmax along one axis. A tensor of shape (..., len, ...) is viewed as
// (outer, len, inner): element (o, l, i) sits at (o·len + l)·inner + i.
import type { FloatArray } from '../../dtype';
import type { ReduceKernel } from '../backendTypes';

/** out (outer, inner) = Σ or max over l of x (outer, len, inner); max keeps NaN. */
export function reduceInPlace(
  op: ReduceKernel,
  x: FloatArray,
  outer: number,
  len: number,
  inner: number,
  out: FloatArray,
): void {
  const start = op === 'sum' ? 0 : -Infinity;
  out.fill(start, 0, outer * inner);
  for (let o = 0; o < outer; o++) {
    const oo = o * inner;
    for (let l = 0; l < len; l++) {
      const xo = (o * len + l) * inner;
      if (op === 'sum') {
        for (let i = 0; i < inner; i++) out[oo + i] = (out[oo + i] ?? 0) + (x[xo + i] ?? 0);
      } else {
        for (let i = 0; i < inner; i++) {
          const v = x[xo + i] ?? 0;
          const m = out[oo + i] ?? 0;
          if (v > m || v !== v) out[oo + i] = m !== m ? m : v;
        }
      }
    }
  }
}

/** Stable softmax over l: subtracting the max first keeps exp from overflowing (softmax([1010,1000,990]) is finite). */
export function softmaxInPlace(x: FloatArray, outer: number, len: number, inner: number, out: FloatArray): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let max = -Infinity;
      for (let l = 0; l < len; l++) {
        const v = x[base + l * inner] ?? 0;
        if (v > max || v !== v) max = v;
        if (max !== max) break;
      }
      let sum = 0;
      for (let l = 0; l < len; l++) {
        const e = Math.exp((x[base + l * inner] ?? 0) - max);
        out[base + l * inner] = e;
        sum += e;
      }
      for (let l = 0; l < len; l++) out[base + l * inner] = (out[base + l * inner] ?? 0) / sum;
    }
  }
}
