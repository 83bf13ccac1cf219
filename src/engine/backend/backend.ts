// Every number the engine computes passes through one of these kernels. Ops and gradient rules never
// loop over elements themselves, so a faster backend (WebAssembly SIMD, a worker pool) can replace the
// plain-JavaScript one by implementing the Backend interface (backendTypes.ts) and calling setBackend.
import type { Backend } from './backendTypes';
import { cpuBackend } from './cpuBackend';

export type { Backend, BinaryKernel, LabelBuffer, ReduceKernel, UnaryKernel } from './backendTypes';

let current: Backend = cpuBackend;

/** The backend every op currently uses. */
export function getBackend(): Backend {
  return current;
}

/** Swaps the backend (e.g. for a WebAssembly one); ops and gradient rules are unchanged. */
export function setBackend(backend: Backend): void {
  current = backend;
}
