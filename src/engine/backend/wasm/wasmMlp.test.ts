import { beforeAll, describe, expect, it } from 'vitest';
import { readKernelSources } from '../../../../scripts/wasm/kernelFiles';
import { gatherImagesInPlace } from '../../data/mnistBatch';
import { FastMlp } from '../../nets/fastMlp';
import type { Activation } from '../../nets/multiLayerNet';
import { createOptimizer, type OptimizerName } from '../../optim/createOptimizer';
import { createRng, type Rng } from '../../rng';
import { loadWasmKernels, type WasmKernels } from './wasmKernels';
import { WasmMlp } from './wasmMlp';

/** The first run may compile the kernels (asc takes ~40 s on a busy 2-core machine). */
const BUILD_TIMEOUT_MS = 180_000;

function randomParams(sizes: readonly number[], rng: Rng): Float32Array[] {
  return sizes
    .slice(1)
    .flatMap((out, l) => [
      Float32Array.from({ length: (sizes[l] ?? 0) * out }, () => rng.normal(0, 0.5 / Math.sqrt(sizes[l] ?? 1))),
      Float32Array.from({ length: out }, () => rng.normal(0, 0.1)),
    ]);
}

/** Fake image bytes: mostly 0 like MNIST, the rest 1…255. */
function images(count: number, d: number, rng: Rng): Uint8Array {
  return Uint8Array.from({ length: count * d }, () => (rng.uniform() < 0.7 ? 0 : 1 + rng.int(255)));
}

function maxDiff(a: readonly Float32Array[], b: readonly Float32Array[]): number {
  let worst = 0;
  a.forEach((x, i) => x.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - (b[i]?.[j] ?? NaN))))));
  return Number.isNaN(worst) ? Infinity : worst;
}

describe.each([
  ['relaxed SIMD (FMA)', true],
  ['plain SIMD', false],
] as const)('WasmMlp with %s', (_name, relaxed) => {
  let kernels: WasmKernels;
  beforeAll(async () => {
    const loaded = await loadWasmKernels(await readKernelSources({ relaxed }));
    if (!loaded) throw new Error('no wasm kernels');
    kernels = loaded;
  }, BUILD_TIMEOUT_MS);

  const cases: [number[], Activation, OptimizerName, number][] = [
    [[784, 50, 10], 'relu', 'sgd', 0.1],
    [[785, 3, 10], 'relu', 'momentum', 0.05],
    [[13, 10, 7, 3], 'sigmoid', 'adagrad', 0.1],
    [[50, 1, 10], 'relu', 'adam', 0.01],
    [[10, 3], 'sigmoid', 'adam', 0.01],
  ];

  it.each(cases)(
    'trains %j (%s, %s) like FastMlp with the TypeScript optimizer, to float rounding',
    (sizes, activation, name, lr) => {
      const rng = createRng(11);
      const D = sizes[0] ?? 0;
      const K = sizes[sizes.length - 1] ?? 0;
      const [count, batch] = [60, 17];
      const train = {
        count,
        images: images(count, D, rng),
        labels: Uint8Array.from({ length: count }, () => rng.int(K)),
      };
      const params = randomParams(sizes, rng);
      const fast = new FastMlp(
        sizes,
        activation,
        batch,
        params.map((p) => p.slice()),
        20,
      );
      const reference = createOptimizer(name, lr);
      const wasm = new WasmMlp(kernels, sizes, activation, batch, params, {
        optimizer: { name, lr },
        train,
        evalRows: 20,
      });
      const order = Int32Array.from({ length: count }, (_, i) => i);
      const x = new Float32Array(batch * D);
      const labels = new Int32Array(batch);
      for (let step = 0; step < 6; step++) {
        for (let i = count - 1; i > 0; i--) {
          const j = rng.int(i + 1);
          [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
        }
        const n = step === 5 ? 1 : batch; // a last batch of one row
        const rows = order.subarray(0, n);
        gatherImagesInPlace(train.images, D, rows, x);
        rows.forEach((r, i) => (labels[i] = train.labels[r] ?? 0));
        const lossTs = fast.step(x, { kind: 'index', data: labels }, n);
        const lossWasm = wasm.stepOnRows(order, 0, n);
        expect(Math.abs(lossWasm - lossTs)).toBeLessThan(1e-4);
        expect(maxDiff(wasm.grads, fast.grads)).toBeLessThan(1e-4);
        reference.updateArrays(fast.params, fast.grads);
        wasm.update();
        expect(maxDiff(wasm.params, fast.params)).toBeLessThan(1e-4);
      }
      const evalX = new Float32Array(20 * D);
      gatherImagesInPlace(
        train.images,
        D,
        Int32Array.from({ length: 20 }, (_, i) => 10 + i),
        evalX,
      );
      const ts = fast.probabilities(evalX, 20).slice();
      expect(maxDiff([wasm.probabilitiesOfSplit('train', 10, 20)], [ts])).toBeLessThan(1e-5);
      expect(maxDiff([wasm.probabilities(evalX, 20)], [ts])).toBeLessThan(1e-5);
    },
  );

  it('gathers a batch inside wasm exactly as the TypeScript side scales pixels (v / 255)', () => {
    const rng = createRng(5);
    const D = 785;
    const count = 4;
    const train = {
      count,
      images: Uint8Array.from({ length: count * D }, (_, i) => i % 256),
      labels: new Uint8Array([1, 0, 1, 0]),
    };
    const params = randomParams([D, 2], rng);
    const wasm = new WasmMlp(kernels, [D, 2], 'relu', 4, params, { train, evalRows: 4 });
    const rows = new Int32Array([3, 1, 0, 2]);
    const x = new Float32Array(4 * D);
    gatherImagesInPlace(train.images, D, rows, x);
    const viaX = new WasmMlp(kernels, [D, 2], 'relu', 4, params, { evalRows: 4 });
    const labels = new Int32Array([0, 0, 1, 1]);
    const a = wasm.stepOnRows(rows, 0, 4);
    const b = viaX.step(x, { kind: 'index', data: labels }, 4);
    expect(a).toBe(b);
    expect(Array.from(wasm.grads[0] ?? [])).toEqual(Array.from(viaX.grads[0] ?? []));
  });

  it('refuses rows outside the training set, too many rows and mismatched parameters', () => {
    const rng = createRng(6);
    const train = { count: 3, images: images(3, 4, rng), labels: new Uint8Array(3) };
    const net = new WasmMlp(kernels, [4, 2], 'relu', 2, randomParams([4, 2], rng), { train });
    expect(() => net.stepOnRows(new Int32Array([0, 3]), 0, 2)).toThrow(/outside/);
    expect(() => net.stepOnRows(new Int32Array([0, 1, 2]), 0, 3)).toThrow(/rows/);
    expect(() => net.update()).toThrow(/optimizer/);
    expect(() => net.step(new Float32Array(8), { kind: 'index', data: new Int32Array([0, 2]) }, 2)).toThrow(
      /not a class/,
    );
    const badLabels = { count: 3, images: images(3, 4, rng), labels: new Uint8Array([0, 1, 2]) };
    expect(() => new WasmMlp(kernels, [4, 2], 'relu', 2, randomParams([4, 2], rng), { train: badLabels })).toThrow(
      /not a class/,
    );
    expect(() => new WasmMlp(kernels, [4, 2], 'relu', 2, randomParams([4, 3], rng))).toThrow(/parameter/);
  });

  it('keeps its memory at one size: views made at the start stay attached after many steps', () => {
    const rng = createRng(8);
    const train = { count: 50, images: images(50, 30, rng), labels: Uint8Array.from({ length: 50 }, () => rng.int(4)) };
    const net = new WasmMlp(kernels, [30, 8, 4], 'relu', 10, randomParams([30, 8, 4], rng), {
      train,
      optimizer: { name: 'adam', lr: 0.01 },
    });
    const w = net.W[0];
    const bytes = net.memoryBytes;
    const order = Int32Array.from({ length: 50 }, (_, i) => i);
    for (let s = 0; s < 200; s++) {
      net.stepOnRows(order, (s % 5) * 10, 10);
      net.update();
    }
    expect(net.W[0]).toBe(w);
    expect(w?.length).toBe(240);
    expect(w?.buffer.byteLength).toBe(bytes);
  });
});
