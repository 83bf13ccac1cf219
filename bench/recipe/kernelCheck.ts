// The kernels' agreement with the TypeScript backend, runnable anywhere (Chromium's worker in the bench;
// the vitest suite has its own, finer tests): each matmul form on shapes with 1, 3, 10, 50, 784, 785 on
// every side, dense and 80 % zeros, as the worst |wasm − ts| over its bound (k+2)·2⁻²³·(|A|·|B|).
import type * as Engine from '../../src/engine/index';

type Form = 'matmulInPlace' | 'matmulTransAInPlace' | 'matmulTransBInPlace';

/** Worst error ÷ bound over all cases (≤ 1 passes) and the number of products compared. */
export function kernelAgreement(engine: typeof Engine, kernels: Engine.WasmKernels): { worst: number; cases: number } {
  const wasm = engine.createWasmBackend(kernels);
  const cpu = engine.cpuBackend;
  const rng = engine.createRng(31);
  const shapes: [number, number, number][] = [
    [100, 784, 50],
    [784, 100, 50],
    [100, 50, 784],
  ];
  for (const s of [1, 3, 10, 50, 784, 785]) shapes.push([s, 7, 5], [5, s, 7], [7, 5, s]);
  let worst = 0;
  let cases = 0;
  for (const form of ['matmulInPlace', 'matmulTransAInPlace', 'matmulTransBInPlace'] as Form[]) {
    for (const [m, k, n] of shapes) {
      for (const zeros of [0, 0.8]) {
        const a = Float32Array.from({ length: m * k }, () => (rng.uniform() < zeros ? 0 : rng.normal()));
        const b = Float32Array.from({ length: k * n }, () => rng.normal());
        const [x, y, scale] = [new Float32Array(m * n), new Float32Array(m * n), new Float64Array(m * n)];
        wasm[form](a, b, x, m, k, n);
        cpu[form](a, b, y, m, k, n);
        cpu[form](Float64Array.from(a, Math.abs), Float64Array.from(b, Math.abs), scale, m, k, n);
        for (let i = 0; i < m * n; i++) {
          const ratio = Math.abs((x[i] ?? 0) - (y[i] ?? 0)) / ((k + 2) * 2 ** -23 * (scale[i] ?? 0) + 1e-30);
          worst = Number.isNaN(ratio) ? Infinity : Math.max(worst, ratio);
        }
        cases++;
      }
    }
  }
  return { worst, cases };
}
