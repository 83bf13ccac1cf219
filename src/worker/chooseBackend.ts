// Which arithmetic the trainer runs: WebAssembly relaxed SIMD (fused multiply-add) where the browser
// validates it, plain SIMD128 otherwise, and the TypeScript backend where SIMD is missing or a binary
// fails to download or compile. Only the flavour the browser supports is downloaded; every failure
// becomes a note the reader sees beside the backend's name, never a blank trainer.
import { loadWasmKernels, type WasmKernels } from '../engine';
import type { TrainBackend } from './protocol';

/** What the browser's WebAssembly accepts (wasm-feature-detect asks WebAssembly.validate). */
export interface WasmFeatures {
  readonly relaxedSimd: boolean;
  readonly simd: boolean;
}

/** How to reach each flavour's binary: its URL and a fetcher (the worker's fetch; a stub in tests). */
export interface KernelDownloads {
  readonly relaxedUrl: string;
  readonly simdUrl: string;
  readonly fetchBytes: (url: string) => Promise<Uint8Array>;
}

/** The chosen backend; kernels is null for 'js'. note says why a better backend was not used ('' if none). */
export interface BackendChoice {
  readonly backend: TrainBackend;
  readonly kernels: WasmKernels | null;
  readonly note: string;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Tries the flavours the browser supports, best first; the first that downloads and compiles wins. */
export async function chooseBackend(features: WasmFeatures, downloads: KernelDownloads): Promise<BackendChoice> {
  if (!features.simd) return { backend: 'js', kernels: null, note: 'this browser has no WebAssembly SIMD' };
  const notes: string[] = [];
  const tries: ['relaxed' | 'simd', string][] = [];
  if (features.relaxedSimd) tries.push(['relaxed', downloads.relaxedUrl]);
  tries.push(['simd', downloads.simdUrl]);
  for (const [flavour, url] of tries) {
    let bytes: Uint8Array;
    try {
      bytes = await downloads.fetchBytes(url);
    } catch (err) {
      notes.push(`${flavour === 'relaxed' ? 'simd+fma' : 'simd'}: ${reason(err)}`);
      continue;
    }
    const kernels = await loadWasmKernels(flavour === 'relaxed' ? { relaxed: bytes } : { simd: bytes }, notes);
    if (kernels) {
      return {
        backend: kernels.flavour === 'simd+fma' ? 'wasm-relaxed' : 'wasm-simd',
        kernels,
        note: notes.join('; '),
      };
    }
  }
  return { backend: 'js', kernels: null, note: `WebAssembly failed to load (${notes.join('; ')})` };
}

/** fetch() for a binary from our own origin: a non-200 answer is an error, not a body to compile. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
