// npm run build:wasm: compiles the AssemblyScript kernels (src/engine/backend/wasm/assembly) into two
// binaries in src/engine/backend/wasm/generated/ (gitignored): one with relaxed SIMD (FMA) and one with
// plain SIMD128 for browsers that do not validate relaxed SIMD. Skips the work when both binaries are
// newer than every source file, so it can run before every start, build and test.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const KERNEL_SOURCE_DIR = join(root, 'src/engine/backend/wasm/assembly');
export const KERNEL_OUT_DIR = join(root, 'src/engine/backend/wasm/generated');

/** The two flavours and the wasm features each is compiled with. */
export const KERNEL_FLAVOURS = {
  relaxed: ['--enable', 'simd', '--enable', 'relaxed-simd'],
  simd: ['--enable', 'simd'],
} as const;
export type KernelFlavourFile = keyof typeof KERNEL_FLAVOURS;

/** Where the binary of one flavour is written. */
export function kernelPath(flavour: KernelFlavourFile): string {
  return join(KERNEL_OUT_DIR, `kernels-${flavour}.wasm`);
}

function newestSource(): number {
  return Math.max(
    ...readdirSync(KERNEL_SOURCE_DIR).map((f) => statSync(join(KERNEL_SOURCE_DIR, f)).mtimeMs),
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
}

function upToDate(): boolean {
  const sources = newestSource();
  return Object.keys(KERNEL_FLAVOURS).every((f) => {
    const out = kernelPath(f as KernelFlavourFile);
    return existsSync(out) && statSync(out).mtimeMs > sources;
  });
}

/**
 * Compiles both flavours unless they are up to date. -O3 with the stub runtime: the kernels only read
 * and write raw memory, so there is no allocator or GC in the binary; the memory is imported (the
 * TypeScript side makes one fixed-size WebAssembly.Memory per run) and nothing may abort.
 */
export async function buildKernels(force = false): Promise<void> {
  if (!force && upToDate()) return;
  const asc = (await import('assemblyscript/asc')).default;
  mkdirSync(KERNEL_OUT_DIR, { recursive: true });
  for (const [flavour, features] of Object.entries(KERNEL_FLAVOURS)) {
    const args = [
      join(KERNEL_SOURCE_DIR, 'index.ts'),
      '--outFile',
      kernelPath(flavour as KernelFlavourFile),
      '-O3',
      '--runtime',
      'stub',
      '--noAssert',
      '--importMemory',
      '--use',
      'abort=',
      ...features,
    ];
    const { error, stderr } = await asc.main(args);
    if (error) throw new Error(`asc (${flavour}) failed: ${error.message}\n${stderr.toString()}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildKernels(process.argv.includes('--force'));
  console.log(`wasm kernels ready in ${KERNEL_OUT_DIR} (${Date.now() - started} ms)`);
}
