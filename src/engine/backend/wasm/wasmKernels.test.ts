import { describe, expect, it } from 'vitest';
import { readKernelSources } from '../../../../scripts/wasm/kernelFiles';
import { loadWasmKernels } from './wasmKernels';

describe('loadWasmKernels', () => {
  it('prefers the relaxed-SIMD (FMA) build and takes plain SIMD when that is all it is given', async () => {
    const sources = await readKernelSources();
    expect((await loadWasmKernels(sources))?.flavour).toBe('simd+fma');
    expect((await loadWasmKernels({ simd: sources.simd }))?.flavour).toBe('simd');
  }, 180_000);

  it('falls back to plain SIMD when the FMA binary is damaged, and says why', async () => {
    const sources = await readKernelSources();
    const notes: string[] = [];
    const kernels = await loadWasmKernels(
      { relaxed: new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99]), simd: sources.simd },
      notes,
    );
    expect(kernels?.flavour).toBe('simd');
    expect(notes).toEqual(['simd+fma: does not validate here (unsupported by this engine, or a damaged file)']);
  }, 180_000);

  it('answers null (train in TypeScript) when no binary is usable or WebAssembly is missing', async () => {
    const notes: string[] = [];
    expect(await loadWasmKernels({ simd: new Uint8Array([1, 2, 3]) }, notes)).toBeNull();
    expect(notes).toHaveLength(1);
    const saved = globalThis.WebAssembly;
    try {
      Reflect.deleteProperty(globalThis, 'WebAssembly');
      const missing: string[] = [];
      expect(await loadWasmKernels(await readKernelSources(), missing)).toBeNull();
      expect(missing).toEqual(['WebAssembly is not available']);
    } finally {
      globalThis.WebAssembly = saved;
    }
  }, 180_000);
});
