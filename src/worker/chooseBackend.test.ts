import { describe, expect, it } from 'vitest';
import { kernelPath } from '../../scripts/wasm/buildKernels';
import { readKernelSources } from '../../scripts/wasm/kernelFiles';
import { chooseBackend, type KernelDownloads } from './chooseBackend';

const urls = { relaxedUrl: '/k-relaxed.wasm', simdUrl: '/k-simd.wasm' };

/** Downloads served from the real binaries (or a stand-in per URL), recording what was asked for. */
async function downloads(override: Partial<Record<string, () => Uint8Array>> = {}) {
  const sources = await readKernelSources();
  const real: Record<string, Uint8Array | undefined> = {
    [urls.relaxedUrl]: sources.relaxed as Uint8Array,
    [urls.simdUrl]: sources.simd as Uint8Array,
  };
  const asked: string[] = [];
  const d: KernelDownloads = {
    ...urls,
    fetchBytes: (url) => {
      asked.push(url);
      const make = override[url];
      const bytes = make ? make() : real[url];
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`${url} answered 404`));
    },
  };
  return { d, asked };
}

describe('chooseBackend', () => {
  it('uses relaxed SIMD (FMA) where it validates, and downloads only that binary', async () => {
    const { d, asked } = await downloads();
    const choice = await chooseBackend({ relaxedSimd: true, simd: true }, d);
    expect(choice).toMatchObject({ backend: 'wasm-relaxed', note: '' });
    expect(choice.kernels?.flavour).toBe('simd+fma');
    expect(asked).toEqual([urls.relaxedUrl]);
  });

  it('uses plain SIMD when relaxed SIMD is missing, without a note', async () => {
    const { d, asked } = await downloads();
    const choice = await chooseBackend({ relaxedSimd: false, simd: true }, d);
    expect(choice).toMatchObject({ backend: 'wasm-simd', note: '' });
    expect(asked).toEqual([urls.simdUrl]);
  });

  it('trains in JavaScript where SIMD is missing, and says why', async () => {
    const { d, asked } = await downloads();
    const choice = await chooseBackend({ relaxedSimd: false, simd: false }, d);
    expect(choice).toEqual({ backend: 'js', kernels: null, note: 'this browser has no WebAssembly SIMD' });
    expect(asked).toEqual([]);
  });

  it('falls back to plain SIMD, with a note, when the FMA binary fails to download', async () => {
    const { d } = await downloads({
      [urls.relaxedUrl]: () => {
        throw new Error('offline');
      },
    });
    const choice = await chooseBackend({ relaxedSimd: true, simd: true }, d);
    expect(choice.backend).toBe('wasm-simd');
    expect(choice.note).toMatch(/simd\+fma: offline/);
  });

  it('falls back to JavaScript with a note when every binary is missing or corrupt', async () => {
    const garbage = () => new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 255, 255, 255]);
    const { d } = await downloads({ [urls.relaxedUrl]: garbage, [urls.simdUrl]: () => new Uint8Array(0) });
    const choice = await chooseBackend({ relaxedSimd: true, simd: true }, d);
    expect(choice.backend).toBe('js');
    expect(choice.kernels).toBeNull();
    expect(choice.note).toMatch(
      /^WebAssembly failed to load \(simd\+fma: does not validate.*; simd: does not validate/,
    );
    const { d: missing } = await downloads({
      [urls.simdUrl]: () => {
        throw new Error(`${urls.simdUrl} answered 404`);
      },
    });
    const none = await chooseBackend({ relaxedSimd: false, simd: true }, missing);
    expect(none).toMatchObject({
      backend: 'js',
      note: `WebAssembly failed to load (simd: ${urls.simdUrl} answered 404)`,
    });
  });

  it('finds the binaries the build emits', () => {
    expect(kernelPath('relaxed')).toMatch(/kernels-relaxed\.wasm$/);
    expect(kernelPath('simd')).toMatch(/kernels-simd\.wasm$/);
  });
});
