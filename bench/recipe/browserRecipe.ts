// The recipe's contenders in headless Chromium, each in a fresh dedicated Web Worker, served by a tiny
// static server (the bundled worker, our kernels, TensorFlow.js's .wasm files, public/data's shards)
// with the cross-origin-isolation headers the multi-worker trainer will need.
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { kernelPath } from '../../scripts/wasm/buildKernels';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium';
import type { RecipeJob, RecipeReply } from '../browser/recipeWorker';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.html': 'text/html',
};

function serve(port: number, workerJs: string): Promise<Server> {
  const tfjsDir = join(
    dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')),
    'dist',
  );
  const dataDir = join(process.cwd(), 'public', 'data');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    let body: string | Buffer | null = null;
    if (path === '/' || path === '/index.html') body = '<!doctype html><title>recipe bench</title>';
    else if (path === '/recipeWorker.js') body = workerJs;
    else if (path === '/kernels/kernels-relaxed.wasm') body = readFileSync(kernelPath('relaxed'));
    else if (path === '/kernels/kernels-simd.wasm') body = readFileSync(kernelPath('simd'));
    else if (path.startsWith('/tfjs/') && existsSync(join(tfjsDir, path.slice(6))))
      body = readFileSync(join(tfjsDir, path.slice(6)));
    else if (path.startsWith('/data/') && existsSync(join(dataDir, path.slice(6))))
      body = readFileSync(join(dataDir, path.slice(6)));
    const ext = path.slice(path.lastIndexOf('.'));
    res.writeHead(body === null ? 404 : 200, {
      'Content-Type': TYPES[ext] ?? (path === '/' ? 'text/html' : 'application/octet-stream'),
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    res.end(body ?? 'not found');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export interface BrowserRecipeResult {
  readonly chromium: string;
  readonly isolated: boolean;
  readonly runs: readonly (RecipeReply & { contender: RecipeJob['contender'] })[];
}

/** Runs each contender in turn (one worker at a time, so they do not compete for the two cores). */
export async function browserRecipe(
  contenders: readonly RecipeJob['contender'][],
  steps: number,
  port: number,
): Promise<BrowserRecipeResult> {
  if (!existsSync(join(process.cwd(), 'public', 'data', 'manifest.json')))
    throw new Error('public/data is missing: run npm run data');
  const bundled = await build({
    entryPoints: ['bench/browser/recipeWorker.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    define: { 'import.meta.env.BASE_URL': '"/"' },
    logLevel: 'error',
  });
  const server = await serve(port, bundled.outputFiles[0]?.text ?? '');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const isolated = (await page.evaluate('crossOriginIsolated')) as boolean;
    const runs: (RecipeReply & { contender: RecipeJob['contender'] })[] = [];
    for (const contender of contenders) {
      const job: RecipeJob = { contender, steps };
      const reply = (await page.evaluate(
        `new Promise((resolve) => { const w = new Worker('/recipeWorker.js', { type: 'module' });
          w.onerror = (e) => resolve({ type: 'recipe/error', message: 'worker error: ' + e.message });
          w.onmessage = (e) => { w.terminate(); resolve(e.data); };
          w.postMessage(${JSON.stringify(job)}); })`,
      )) as RecipeReply;
      runs.push({ ...reply, contender });
      console.log(
        `bench: Chromium worker, ${contender}: ${reply.type === 'recipe/result' ? `${Math.round(reply.record.samplesPerSec)} samples/s` : reply.message}`,
      );
    }
    return { chromium: browser.version(), isolated, runs };
  } finally {
    await browser.close();
    server.close();
  }
}
