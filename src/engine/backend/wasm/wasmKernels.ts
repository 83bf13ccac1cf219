// Choosing and compiling the kernels' binary. The engine stays free of fetch and files: its caller
// hands over the bytes (or an already compiled module) of each flavour it has; the engine picks the
// best one this engine validates: relaxed SIMD (fused multiply-add) first, then plain SIMD128.
import { kernelExports, type KernelExports } from './kernelExports';
import { wasmApi, WASM_PAGE, type WasmMemory, type WasmModule } from './wasmApi';

/** What the reader is told: which kernels train ('javascript' when WebAssembly SIMD is unavailable). */
export type KernelFlavour = 'simd+fma' | 'simd' | 'javascript';

/** Bytes or a compiled module for each flavour the caller can provide. */
export interface WasmKernelSources {
  readonly relaxed?: Uint8Array | WasmModule;
  readonly simd?: Uint8Array | WasmModule;
}

/** A compiled kernel module and its flavour; instantiate it once per memory. */
export interface WasmKernels {
  readonly flavour: Exclude<KernelFlavour, 'javascript'>;
  readonly module: WasmModule;
}

/** A fresh instance of the kernels bound to a memory of its own, with the memory. */
export interface KernelInstance {
  readonly exports: KernelExports;
  readonly memory: WasmMemory;
  readonly heapBase: number;
}

function isBytes(source: Uint8Array | WasmModule): source is Uint8Array {
  return source instanceof Uint8Array;
}

/**
 * Compiles the best flavour that validates here, or returns null (no WebAssembly, no SIMD, or every
 * compile failed), in which case the caller trains with the TypeScript backend. The reason for each
 * rejected flavour is collected in notes, for the reader's "why JavaScript" line.
 */
export async function loadWasmKernels(sources: WasmKernelSources, notes: string[] = []): Promise<WasmKernels | null> {
  const api = wasmApi();
  if (!api) {
    notes.push('WebAssembly is not available');
    return null;
  }
  const order: [WasmKernels['flavour'], Uint8Array | WasmModule | undefined][] = [
    ['simd+fma', sources.relaxed],
    ['simd', sources.simd],
  ];
  for (const [flavour, source] of order) {
    if (!source) continue;
    if (!isBytes(source)) return { flavour, module: source };
    if (!api.validate(source)) {
      notes.push(`${flavour}: does not validate here (unsupported by this engine, or a damaged file)`);
      continue;
    }
    try {
      return { flavour, module: await api.compile(source) };
    } catch (err) {
      notes.push(`${flavour}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return null;
}

/** The first page belongs to the module's own static data; buffers start after it (at KERNEL_HEAP_START). */
export const KERNEL_HEAP_START = WASM_PAGE;

/** Instantiates the kernels over a new, fixed-size memory of KERNEL_HEAP_START + bytes (it never grows). */
export function instantiateKernels(kernels: WasmKernels, bytes: number): KernelInstance {
  const api = wasmApi();
  if (!api) throw new Error('wasm kernels: WebAssembly is not available');
  const pages = Math.ceil((KERNEL_HEAP_START + bytes) / WASM_PAGE);
  const memory = new api.Memory({ initial: pages, maximum: pages });
  const exports = kernelExports(new api.Instance(kernels.module, { env: { memory } }));
  const heapBase = exports.heapBase();
  if (heapBase > KERNEL_HEAP_START) throw new Error(`wasm kernels: static data (${heapBase} bytes) overlaps the heap`);
  return { exports, memory, heapBase };
}
