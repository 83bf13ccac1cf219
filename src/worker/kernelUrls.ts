// The kernel binaries as Vite assets: emitted into the build (and so into the offline precache) with
// hashed names, and fetched by the training worker from our own origin. Only the worker imports this.
import relaxedUrl from '../engine/backend/wasm/generated/kernels-relaxed.wasm?url';
import simdUrl from '../engine/backend/wasm/generated/kernels-simd.wasm?url';

export const kernelUrls = { relaxedUrl, simdUrl } as const;
