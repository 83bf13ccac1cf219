// Bundled by bench/runRecipe.ts and run as a Web Worker in Chromium: one contender of the book recipe
// (bench/recipe) on the site's own MNIST shards, with the kernels fetched as the trainer will fetch them.
import * as engine from '../../src/engine';
import { loadDataset } from '../../src/data/loadDataset';
import { kernelAgreement } from '../recipe/kernelCheck';
import { recipeParams, runRecipe, type RecipeRecord } from '../recipe/recipe';
import { tfjsWasmTrainer, typescriptTrainer, wasmTrainer } from '../recipe/trainers';

/** Which contender, and how many steps. */
export interface RecipeJob {
  readonly contender: 'wasm' | 'wasm-simd' | 'typescript' | 'tfjs-wasm';
  readonly steps: number;
}

/** agreement: the kernels against the TypeScript backend in this browser (wasm contenders only). */
export type RecipeReply =
  | { type: 'recipe/result'; record: RecipeRecord; flavour: string; agreement?: { worst: number; cases: number } }
  | { type: 'recipe/error'; message: string };

async function bytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function run(job: RecipeJob): Promise<RecipeReply> {
  const { train, test } = await loadDataset('mnist');
  const params = recipeParams(engine);
  let flavour = 'javascript';
  let trainer;
  let agreement;
  if (job.contender === 'wasm' || job.contender === 'wasm-simd') {
    const simd = await bytes('/kernels/kernels-simd.wasm');
    const sources =
      job.contender === 'wasm' ? { relaxed: await bytes('/kernels/kernels-relaxed.wasm'), simd } : { simd };
    const kernels = await engine.loadWasmKernels(sources);
    if (!kernels) throw new Error('no wasm kernels validate in this browser');
    flavour = kernels.flavour;
    agreement = kernelAgreement(engine, kernels);
    trainer = wasmTrainer(engine, kernels, params, train, test);
  } else if (job.contender === 'typescript') {
    trainer = typescriptTrainer(engine, params, train, test);
  } else {
    trainer = await tfjsWasmTrainer(engine, params, train, test, '/tfjs/');
    flavour = 'tfjs-wasm';
  }
  return {
    type: 'recipe/result',
    record: runRecipe(engine, trainer, train.count, job.steps),
    flavour,
    ...(agreement ? { agreement } : {}),
  };
}

self.onmessage = (e: MessageEvent<RecipeJob>) => {
  run(e.data).then(
    (reply) => postMessage(reply),
    (err: unknown) => postMessage({ type: 'recipe/error', message: String(err) } satisfies RecipeReply),
  );
};
