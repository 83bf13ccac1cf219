// The WebAssembly backend's public surface (re-exported by the engine's barrel).
export {
  loadWasmKernels,
  instantiateKernels,
  type KernelFlavour,
  type WasmKernels,
  type WasmKernelSources,
} from './wasmKernels';
export { createWasmBackend } from './wasmBackend';
export { WasmMlp, type ImageSplit, type WasmMlpOptions } from './wasmMlp';
export type { WasmModule } from './wasmApi';
