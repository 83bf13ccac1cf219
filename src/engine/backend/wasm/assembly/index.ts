// The kernels' public surface: every export of the .wasm, called from backend/wasm/*.ts on pointers
// into one imported WebAssembly.Memory. Nothing here allocates: the TypeScript side owns the layout.
export { gemm, gemmWorkBytes } from './gemm';
export { axpy, biasActivation, columnSums, reluBackward, reluForward, sigmoidBackward } from './elementwise';
export {
  softmaxCrossEntropyBackwardIndex,
  softmaxCrossEntropyBackwardOneHot,
  softmaxCrossEntropyIndex,
  softmaxCrossEntropyOneHot,
  softmaxRows,
} from './losses';
export { adaGradUpdate, adamUpdate, momentumUpdate, sgdUpdate } from './optimizers';
export { gatherBatch, scaleRows } from './gather';

/** First byte after the module's own static data: the TypeScript arena starts here or later. */
export function heapBase(): usize {
  return __heap_base;
}
