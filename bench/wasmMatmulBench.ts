// GFLOP/s of the wasm gemm kernel alone, with its operands resident in wasm memory (no copies), at the
// shapes of the book's 784-50-10 net with batch 100, dense random data and a real MNIST batch.
import type * as Engine from '../src/engine/index';
import type { BenchRow } from './table';
import { msPerCall } from './timing';

/** [label, m, k, n, strides (sai, sap, sbp, sbj)]: X·W1 and dW1 = Xᵀ·dZ1, the two big products. */
const SHAPES: readonly [
  string,
  number,
  number,
  number,
  (m: number, k: number, n: number) => [number, number, number, number],
][] = [
  ['X·W1      100×784 · 784×50', 100, 784, 50, (_m, k, n) => [k, 1, n, 1]],
  ['Xᵀ·dA1    784×100 · 100×50', 784, 100, 50, (m, _k, n) => [1, m, n, 1]],
  ['dA1·W1ᵀ   100×50 · 50×784', 100, 50, 784, (_m, k) => [k, 1, 1, k]],
];

/** Rows for one flavour: dense random operands, then X from a real MNIST batch (zero pixels skipped). */
export async function wasmMatmulRows(
  engine: typeof Engine,
  kernels: Engine.WasmKernels,
  mnistX: Float32Array,
): Promise<BenchRow[]> {
  const { exports: k, memory } = engine.instantiateKernels(kernels, 8 << 20);
  const heap = new Float32Array(memory.buffer);
  const rng = engine.createRng(5);
  const rows: BenchRow[] = [];
  const base = 65536;
  for (const dataset of ['dense', 'MNIST batch'] as const) {
    for (const [name, m, kk, n, strides] of SHAPES) {
      if (dataset !== 'dense' && name.startsWith('dA1')) continue;
      const [pa, pb] = [base, base + m * kk * 4];
      const pc = pb + kk * n * 4;
      const pw = pc + m * n * 4;
      for (let i = 0; i < m * kk; i++) heap[(pa >> 2) + i] = dataset === 'dense' ? rng.normal() : (mnistX[i] ?? 0);
      for (let i = 0; i < kk * n; i++) heap[(pb >> 2) + i] = rng.normal();
      const [sai, sap, sbp, sbj] = strides(m, kk, n);
      const run = () => k.gemm(pa, sai, sap, pb, sbp, sbj, pc, m, kk, n, pw);
      let ms = Infinity;
      for (let round = 0; round < 3; round++) ms = Math.min(ms, await msPerCall(run, { minMs: 150 }));
      rows.push({
        section: `matmul (wasm ${kernels.flavour}, ${dataset}, resident)`,
        name,
        value: (2 * m * kk * n) / ms / 1e6,
        unit: 'GFLOP/s',
      });
    }
  }
  return rows;
}
