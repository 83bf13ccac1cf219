// The kernel binaries for Node (tests and the bench): builds them if needed, reads both flavours, and
// turns on relaxed SIMD in Node 20's V8, where it is still behind a flag (Chromium ships it).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { WasmKernelSources } from '../../src/engine';
import { buildKernels, kernelPath } from './buildKernels';

/** Both flavours' bytes; with relaxed: false only the plain-SIMD one. */
export async function readKernelSources({ relaxed = true } = {}): Promise<WasmKernelSources> {
  await buildKernels();
  if (relaxed) setFlagsFromString('--experimental-wasm-relaxed-simd');
  const simd = new Uint8Array(readFileSync(kernelPath('simd')));
  return relaxed ? { relaxed: new Uint8Array(readFileSync(kernelPath('relaxed'))), simd } : { simd };
}
