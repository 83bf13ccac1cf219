import { afterEach, describe, expect, it } from 'vitest';
import { readKernelSources } from '../../../../scripts/wasm/kernelFiles';
import { TwoLayerNet } from '../../nets/twoLayerNet';
import { createRng } from '../../rng';
import { tensor } from '../../tensor';
import { getBackend, setBackend } from '../backend';
import { cpuBackend } from '../cpuBackend';
import { createWasmBackend } from './wasmBackend';
import { loadWasmKernels } from './wasmKernels';
import { WasmMlp } from './wasmMlp';

afterEach(() => setBackend(cpuBackend));

describe('the wasm backend under the engine', () => {
  it("gives TwoLayerNet's gradients (layers, ops, autodiff unchanged) to float32 rounding", async () => {
    const kernels = await loadWasmKernels(await readKernelSources());
    if (!kernels) throw new Error('no wasm kernels');
    const rng = createRng(4);
    const x = tensor(
      Float32Array.from({ length: 7 * 785 }, () => (rng.uniform() < 0.8 ? 0 : rng.uniform())),
      { shape: [7, 785] },
    );
    const labels = Int32Array.from({ length: 7 }, () => rng.int(10));
    const grads = () => {
      const net = new TwoLayerNet(785, 50, 10, { weightInitStd: 0.1, rng: createRng(9) });
      const g = net.gradient(x, labels);
      return Object.fromEntries(Object.entries(g).map(([key, t]) => [key, Array.from(t.data)]));
    };
    const reference = grads();
    setBackend(createWasmBackend(kernels));
    expect(getBackend().name).toBe('wasm (simd+fma)');
    const ours = grads();
    for (const key of Object.keys(reference)) {
      const r = reference[key] ?? [];
      const scale = Math.max(...r.map(Math.abs));
      (ours[key] ?? []).forEach((v, i) => expect(Math.abs(v - (r[i] ?? NaN))).toBeLessThan(1e-4 * scale + 1e-7));
    }
  }, 180_000);

  it('reports a NaN loss when the weights hold a NaN, so the trainer stops the run as before', async () => {
    const kernels = await loadWasmKernels(await readKernelSources());
    if (!kernels) throw new Error('no wasm kernels');
    const params = [
      new Float32Array(12).fill(0.1),
      new Float32Array(3),
      new Float32Array(6).fill(0.1),
      new Float32Array(2),
    ];
    params[2]![0] = NaN;
    const net = new WasmMlp(kernels, [4, 3, 2], 'relu', 2, params);
    const loss = net.step(
      new Float32Array([1, 0, 0, 0, 0, 1, 0, 0]),
      { kind: 'index', data: new Int32Array([0, 1]) },
      2,
    );
    expect(loss).toBeNaN();
  }, 180_000);
});
