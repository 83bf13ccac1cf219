// Matrix-product throughput of a backend at the shapes of a 784-50-10 net with batch 100.
import type * as Engine from '../src/engine/index';
import type { BenchRow } from './table';
import { msPerCall } from './timing';

type Kernel = 'matmulInPlace' | 'matmulTransAInPlace' | 'matmulTransBInPlace';

/** [label, kernel, m, k, n]: forward products and the backward ones (dW = Xᵀ·dY, dX = dY·Wᵀ). */
const SHAPES: readonly [string, Kernel, number, number, number][] = [
  ['X·W1      100×784 · 784×50', 'matmulInPlace', 100, 784, 50],
  ['Z1·W2     100×50 · 50×10', 'matmulInPlace', 100, 50, 10],
  ['Z1ᵀ·dY2   50×100 · 100×10', 'matmulTransAInPlace', 50, 100, 10],
  ['dY2·W2ᵀ   100×10 · 10×50', 'matmulTransBInPlace', 100, 10, 50],
  ['Xᵀ·dA1    784×100 · 100×50', 'matmulTransAInPlace', 784, 100, 50],
  ['dA1·W1ᵀ   100×50 · 50×784', 'matmulTransBInPlace', 100, 50, 784],
];

/** GFLOP/s (2·m·k·n per product) of each kernel on dense random float32 data (no zeros to skip). */
export async function matmulRows(
  engine: typeof Engine,
  backend: Engine.Backend,
  section = `matmul (${backend.name}, dense)`,
): Promise<BenchRow[]> {
  const rng = engine.createRng(5);
  const random = (n: number) => Float32Array.from({ length: n }, () => rng.normal());
  const rows: BenchRow[] = [];
  for (const [name, kernel, m, k, n] of SHAPES) {
    const a = random(m * k);
    const b = random(k * n);
    const out = new Float32Array(m * n);
    const run = () => backend[kernel](a, b, out, m, k, n);
    let ms = Infinity;
    for (let round = 0; round < 3; round++) ms = Math.min(ms, await msPerCall(run, { minMs: 150 }));
    rows.push({ section, name, value: (2 * m * k * n) / ms / 1e6, unit: 'GFLOP/s' });
  }
  return rows;
}

/** GFLOP/s-equivalent (counting all 2·m·k·n) of X·W1 and Xᵀ·dA1 on a real MNIST batch, where zero pixels are skipped. */
export async function mnistMatmulRows(
  engine: typeof Engine,
  backend: Engine.Backend,
  x: Float32Array,
  section = `matmul (${backend.name}, MNIST batch)`,
): Promise<BenchRow[]> {
  const rng = engine.createRng(6);
  const w = Float32Array.from({ length: 784 * 50 }, () => rng.normal());
  const dA = Float32Array.from({ length: 100 * 50 }, () => rng.normal());
  const out = new Float32Array(784 * 50);
  const flops = 2 * 100 * 784 * 50;
  const zeros = x.reduce((s, v) => s + (v === 0 ? 1 : 0), 0) / x.length;
  const note = `${Math.round(zeros * 100)}% of pixels are 0`;
  const forward = await msPerCall(() => backend.matmulInPlace(x, w, out, 100, 784, 50), { minMs: 300 });
  const backward = await msPerCall(() => backend.matmulTransAInPlace(x, dA, out, 784, 100, 50), { minMs: 300 });
  return [
    { section, name: 'X·W1      100×784 · 784×50', value: flops / forward / 1e6, unit: 'GFLOP/s', note },
    { section, name: 'Xᵀ·dA1    784×100 · 100×50', value: flops / backward / 1e6, unit: 'GFLOP/s', note },
  ];
}
