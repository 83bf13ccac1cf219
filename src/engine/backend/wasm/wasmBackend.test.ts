import { beforeAll, describe, expect, it } from 'vitest';
import { readKernelSources } from '../../../../scripts/wasm/kernelFiles';
import { createRng } from '../../rng';
import type { Backend, LabelBuffer } from '../backendTypes';
import { cpuBackend } from '../cpuBackend';
import { createWasmBackend } from './wasmBackend';
import { loadWasmKernels, type WasmKernels } from './wasmKernels';

/** The first run may compile the kernels (asc takes ~40 s on a busy 2-core machine). */
const BUILD_TIMEOUT_MS = 180_000;

const rng = createRng(2026);
const U = 2 ** -23; // float32 unit roundoff (round to nearest: 2⁻²⁴, doubled for FMA vs mul+add)

function random(n: number, zeros = 0): Float32Array {
  return Float32Array.from({ length: n }, () => (rng.uniform() < zeros ? 0 : rng.normal()));
}

/** |A|·|B| in float64: the scale of each product's rounding error (|ĉ − c| ≤ k·u·(|A|·|B|)). */
function absProduct(a: Float32Array, b: Float32Array, m: number, k: number, n: number, form: Form): Float64Array {
  const out = new Float64Array(m * n);
  cpuBackend[form](Float64Array.from(a, Math.abs), Float64Array.from(b, Math.abs), out, m, k, n);
  return out;
}

type Form = 'matmulInPlace' | 'matmulTransAInPlace' | 'matmulTransBInPlace';
const FORMS: Form[] = ['matmulInPlace', 'matmulTransAInPlace', 'matmulTransBInPlace'];
const SIZES = [1, 3, 10, 50, 784, 785];

/** [m, k, n] shapes: every odd size on every side, the workload's, and a few random ones. */
function shapes(): [number, number, number][] {
  const list: [number, number, number][] = [
    [100, 784, 50],
    [784, 100, 50],
    [100, 50, 784],
    [100, 50, 10],
    [50, 100, 10],
    [3, 0, 2],
  ];
  for (const s of SIZES) list.push([s, 7, 5], [5, s, 7], [7, 5, s]);
  for (let i = 0; i < 6; i++) list.push([1 + rng.int(40), 1 + rng.int(40), 1 + rng.int(40)]);
  return list;
}

/** Every |actual − expected| ≤ tol(i); NaN must meet NaN. */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: (i: number) => number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    if (Number.isNaN(actual[i]) && Number.isNaN(expected[i])) continue;
    const excess = Math.abs((actual[i] ?? 0) - (expected[i] ?? 0)) - tol(i);
    if (!(excess <= worst)) [worst, at] = [excess, i];
  }
  expect(at, `element ${at}: ${actual[at]} vs ${expected[at]}`).toBe(-1);
}

describe.each([
  ['relaxed SIMD (FMA)', true],
  ['plain SIMD', false],
] as const)('the wasm backend with %s', (_name, relaxed) => {
  let kernels: WasmKernels;
  let wasm: Backend;
  beforeAll(async () => {
    const sources = await readKernelSources({ relaxed });
    const loaded = await loadWasmKernels(sources);
    if (!loaded) throw new Error('no wasm kernels');
    kernels = loaded;
    wasm = createWasmBackend(kernels);
  }, BUILD_TIMEOUT_MS);

  it('compiles the flavour asked for', () => {
    expect(kernels.flavour).toBe(relaxed ? 'simd+fma' : 'simd');
  });

  it.each(FORMS)('%s agrees with the TypeScript backend on odd shapes, dense and 80% zeros', (form) => {
    for (const [m, k, n] of shapes()) {
      for (const zeros of [0, 0.8]) {
        const a = random(m * k, zeros);
        const b = random(k * n);
        const expected = new Float32Array(m * n);
        const actual = new Float32Array(m * n).fill(123);
        cpuBackend[form](a, b, expected, m, k, n);
        wasm[form](a, b, actual, m, k, n);
        const scale = absProduct(a, b, m, k, n, form);
        expectClose(actual, expected, (i) => (k + 2) * U * (scale[i] ?? 0) + 1e-30);
      }
    }
  });

  it('lets NaN and ∞ in B propagate through zeros of A (no zero skipping then)', () => {
    const a = new Float32Array([0, 1, 0, 0, 1, 0, 0, 0]); // (2,4)
    const b = new Float32Array([Infinity, 1, 2, NaN]); // (4,1)
    const out = new Float32Array(2);
    wasm.matmulInPlace(a, b, out, 2, 4, 1);
    expect(out[0]).toBeNaN();
    expect(out[1]).toBeNaN();
  });

  it('falls back to the TypeScript kernels for float64, bit for bit', () => {
    const a = Float64Array.from(random(12));
    const b = Float64Array.from(random(12));
    const [x, y] = [new Float64Array(9), new Float64Array(9)];
    wasm.matmulInPlace(a, b, x, 3, 4, 3);
    cpuBackend.matmulInPlace(a, b, y, 3, 4, 3);
    expect(Array.from(x)).toEqual(Array.from(y));
  });

  it('matches ReLU, its backward, the sigmoid backward and the row-bias add exactly, NaN included', () => {
    for (const len of SIZES) {
      const x = random(len);
      const dy = random(len);
      x[0] = NaN;
      const run = (be: Backend, f: (out: Float32Array) => void) => {
        const out = new Float32Array(len);
        f(out);
        return Array.from(out);
      };
      const relu = (be: Backend) => run(be, (o) => be.unaryInPlace('relu', x, o));
      expect(relu(wasm)).toEqual(relu(cpuBackend));
      for (const op of ['reluBackward', 'sigmoidBackward'] as const) {
        const f = (be: Backend) => run(be, (o) => be.binaryInPlace(op, dy, [len], x, [len], o, [len]));
        expectClose(f(wasm), f(cpuBackend), (i) =>
          op === 'reluBackward' ? 0 : 4 * U * Math.abs(f(cpuBackend)[i] ?? 0),
        );
      }
    }
    const [r, c] = [7, 50];
    const z = random(r * c);
    const bias = random(c);
    const add = (be: Backend) => {
      const out = new Float32Array(r * c);
      be.binaryInPlace('add', z, [r, c], bias, [c], out, [r, c]);
      return Array.from(out);
    };
    expect(add(wasm)).toEqual(add(cpuBackend));
  });

  it('matches softmax-with-loss forward and backward for index and one-hot labels', () => {
    for (const [n, k] of [
      [1, 1],
      [3, 10],
      [100, 10],
      [7, 785],
    ] as const) {
      const x = random(n * k);
      const index = Int32Array.from({ length: n }, () => rng.int(k));
      const oneHot = new Float32Array(n * k);
      index.forEach((t, r) => (oneHot[r * k + t] = 1));
      for (const labels of [
        { kind: 'index', data: index },
        { kind: 'oneHot', data: oneHot },
      ] as LabelBuffer[]) {
        const [pw, pc] = [new Float32Array(n * k), new Float32Array(n * k)];
        const lw = wasm.softmaxCrossEntropyInPlace(x, labels, n, k, pw);
        const lc = cpuBackend.softmaxCrossEntropyInPlace(x, labels, n, k, pc);
        expect(Math.abs(lw - lc)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(lc)));
        expectClose(pw, pc, (i) => 2 * U * Math.abs(pc[i] ?? 0));
        const [gw, gc] = [new Float32Array(n * k), new Float32Array(n * k)];
        wasm.softmaxCrossEntropyBackwardInPlace(pc, labels, n, k, 0.5, gw);
        cpuBackend.softmaxCrossEntropyBackwardInPlace(pc, labels, n, k, 0.5, gc);
        expect(Array.from(gw)).toEqual(Array.from(gc));
      }
      const [sw, sc] = [new Float32Array(n * k), new Float32Array(n * k)];
      wasm.softmaxInPlace(x, n, k, 1, sw);
      cpuBackend.softmaxInPlace(x, n, k, 1, sc);
      expectClose(sw, sc, (i) => 2 * U * Math.abs(sc[i] ?? 0));
    }
  });

  it('matches axpy to one rounding', () => {
    for (const len of SIZES) {
      const x = random(len);
      const [yw, yc] = [random(len), new Float32Array(len)];
      yc.set(yw);
      wasm.axpyInPlace(-0.1, x, yw);
      cpuBackend.axpyInPlace(-0.1, x, yc);
      expectClose(yw, yc, (i) => 2 * U * (Math.abs(yc[i] ?? 0) + 0.1 * Math.abs(x[i] ?? 0)));
    }
  });

  it('answers a product too large for its scratch memory with the TypeScript kernel', () => {
    const small = createWasmBackend(kernels, 4096);
    const [m, k, n] = [40, 40, 40];
    const a = random(m * k);
    const b = random(k * n);
    const [x, y] = [new Float32Array(m * n), new Float32Array(m * n)];
    small.matmulInPlace(a, b, x, m, k, n);
    cpuBackend.matmulInPlace(a, b, y, m, k, n);
    expect(Array.from(x)).toEqual(Array.from(y));
  });
});
