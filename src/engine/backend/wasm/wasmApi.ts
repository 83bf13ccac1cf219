// The few parts of the WebAssembly JavaScript API the engine uses, typed here because the engine is
// compiled without the DOM library (which is where TypeScript declares WebAssembly).

/** A compiled module (WebAssembly.Module), opaque to the engine. */
export interface WasmModule {
  readonly __wasmModule?: never;
}

/** A linear memory; buffer is replaced (and every view detached) if it ever grows, so ours never does. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export interface WasmInstance {
  readonly exports: Readonly<Record<string, unknown>>;
}

export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  readonly Module: new (bytes: Uint8Array) => WasmModule;
  readonly Memory: new (descriptor: { initial: number; maximum: number; shared?: boolean }) => WasmMemory;
  readonly Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => WasmInstance;
}

/** The global WebAssembly object, or undefined where it is missing or disabled (some locked-down browsers). */
export function wasmApi(): WasmApi | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  return api && typeof api.validate === 'function' ? api : undefined;
}

/** Bytes per WebAssembly page. */
export const WASM_PAGE = 65536;
