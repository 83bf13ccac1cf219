// The exports of the kernels' .wasm (assembly/index.ts), checked once when a module is instantiated so
// a wrong or stale binary fails at load time with a clear message, not with a TypeError mid-training.
// Pointers are byte offsets into the run's memory; counts are elements.
import type { WasmInstance } from './wasmApi';

type Ptr = number;

export interface KernelExports {
  heapBase(): Ptr;
  gemmWorkBytes(m: number, k: number, n: number): number;
  /** C (m,n) = A·B with A(i,p) = a[i·sai + p·sap], B(p,j) = b[p·sbp + j·sbj]. */
  gemm(
    a: Ptr,
    sai: number,
    sap: number,
    b: Ptr,
    sbp: number,
    sbj: number,
    c: Ptr,
    m: number,
    k: number,
    n: number,
    work: Ptr,
  ): void;
  axpy(alpha: number, x: Ptr, y: Ptr, len: number): void;
  biasActivation(z: Ptr, b: Ptr, rows: number, cols: number, act: number): void;
  columnSums(x: Ptr, rows: number, cols: number, out: Ptr): void;
  reluForward(x: Ptr, out: Ptr, len: number): void;
  reluBackward(dy: Ptr, x: Ptr, out: Ptr, len: number): void;
  sigmoidBackward(dy: Ptr, y: Ptr, out: Ptr, len: number): void;
  softmaxCrossEntropyIndex(x: Ptr, labels: Ptr, n: number, k: number, probs: Ptr): number;
  softmaxCrossEntropyOneHot(x: Ptr, t: Ptr, n: number, k: number, probs: Ptr): number;
  softmaxCrossEntropyBackwardIndex(y: Ptr, labels: Ptr, n: number, k: number, scale: number, out: Ptr): void;
  softmaxCrossEntropyBackwardOneHot(y: Ptr, t: Ptr, n: number, k: number, scale: number, out: Ptr): void;
  softmaxRows(x: Ptr, n: number, k: number, out: Ptr): void;
  sgdUpdate(p: Ptr, g: Ptr, len: number, lr: number): void;
  momentumUpdate(p: Ptr, g: Ptr, v: Ptr, len: number, lr: number, alpha: number): void;
  adaGradUpdate(p: Ptr, g: Ptr, h: Ptr, len: number, lr: number): void;
  adamUpdate(p: Ptr, g: Ptr, m: Ptr, v: Ptr, len: number, lrT: number, beta1: number, beta2: number): void;
  gatherBatch(images: Ptr, labels: Ptr, d: number, rows: Ptr, n: number, out: Ptr, outLabels: Ptr): void;
  scaleRows(images: Ptr, d: number, start: number, n: number, out: Ptr): void;
}

const NAMES: readonly (keyof KernelExports)[] = [
  'heapBase',
  'gemmWorkBytes',
  'gemm',
  'axpy',
  'biasActivation',
  'columnSums',
  'reluForward',
  'reluBackward',
  'sigmoidBackward',
  'softmaxCrossEntropyIndex',
  'softmaxCrossEntropyOneHot',
  'softmaxCrossEntropyBackwardIndex',
  'softmaxCrossEntropyBackwardOneHot',
  'softmaxRows',
  'sgdUpdate',
  'momentumUpdate',
  'adaGradUpdate',
  'adamUpdate',
  'gatherBatch',
  'scaleRows',
];

/** The instance's exports as KernelExports; throws naming the first missing function. */
export function kernelExports(instance: WasmInstance): KernelExports {
  for (const name of NAMES) {
    if (typeof instance.exports[name] !== 'function')
      throw new Error(`wasm kernels: the module has no function ${name} (stale build?)`);
  }
  return instance.exports as unknown as KernelExports;
}
