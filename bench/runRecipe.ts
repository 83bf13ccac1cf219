// npm run bench:recipe: the book recipe side by side — our wasm step (1 worker), our TypeScript step,
// TensorFlow.js 4.22 on its wasm backend — with the same initial weights and batches, in Node and in a
// Chromium Web Worker; plus GFLOP/s of our matmul at the two big shapes. Prints one table and writes
// the same figures to bench/results/latest.json.
// BENCH_QUICK=1 runs 600 steps (one epoch) instead of 10,000; BENCH_BROWSER=0 skips Chromium;
// BENCH_PORT (default 4316) is the static server's port for the browser rows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as engine from '../src/engine/index';
import { readKernelSources } from '../scripts/wasm/kernelFiles';
import { bytesPerCall } from './allocationCheck';
import { matmulRows } from './matmulBench';
import { loadMnist, sampleBatch } from './mnist';
import { browserRecipe } from './recipe/browserRecipe';
import { RECIPE, recipeParams, runRecipe, type RecipeRecord, type RecipeTrainer } from './recipe/recipe';
import { tfjsWasmTrainer, typescriptTrainer, wasmTrainer } from './recipe/trainers';
import { formatTable, type BenchRow } from './table';
import { wasmMatmulRows } from './wasmMatmulBench';

const quick = process.env.BENCH_QUICK === '1';
const steps = quick ? 600 : RECIPE.steps;
const port = Number(process.env.BENCH_PORT ?? 4316);

/** Node only: samples/s by the thread's CPU time, a steadier figure when other processes share the cores. */
function cpuNote(r: RecipeRecord): string {
  return Number.isNaN(r.stepCpuMs)
    ? ''
    : `; by CPU time ${Math.round((r.steps * RECIPE.batch * 1000) / r.stepCpuMs).toLocaleString('en-US')} samples/s`;
}

/** CPU milliseconds of this process (one busy thread while a step runs). */
const cpuClock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function recipeRows(section: string, name: string, r: RecipeRecord): BenchRow[] {
  return [
    {
      section,
      name: `${name}: samples/s`,
      value: r.samplesPerSec,
      unit: 'samples/s',
      note: `${((r.stepMs / r.steps) * 1000).toFixed(0)} µs/step${cpuNote(r)}`,
    },
    {
      section,
      name: `${name}: full run`,
      value: r.totalMs / 1000,
      unit: 's',
      note: `${r.steps} steps + ${r.epochAccuracies.length} test evaluations`,
    },
    {
      section,
      name: `${name}: test accuracy`,
      value: r.testAccuracy,
      unit: '',
      note: `final batch loss ${r.finalLoss.toFixed(4)}`,
    },
  ];
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const sources = await readKernelSources();
  const relaxed = await engine.loadWasmKernels({ relaxed: sources.relaxed });
  const simd = await engine.loadWasmKernels({ simd: sources.simd });
  if (!relaxed || !simd) throw new Error('the wasm kernels did not compile in Node');
  const mnist = loadMnist(engine);
  const batch = sampleBatch(engine, mnist, 100, 7);
  for (const kernels of [relaxed, simd]) rows.push(...(await wasmMatmulRows(engine, kernels, batch.x)));
  rows.push(
    ...(await matmulRows(engine, engine.cpuBackend, 'matmul (TypeScript cpu, dense)')).filter((r) =>
      /784/.test(r.name),
    ),
  );

  const train = { count: 60_000, images: mnist.trainImages, labels: mnist.trainLabels };
  const test = { count: 10_000, images: mnist.testImages, labels: mnist.testLabels };
  const section = `Node ${process.version}: book recipe, ${steps} steps`;
  const contenders: [string, () => Promise<RecipeTrainer>][] = [
    ['ours, wasm SIMD+FMA, 1 worker', async () => wasmTrainer(engine, relaxed, recipeParams(engine), train, test)],
    ['ours, wasm SIMD, 1 worker', async () => wasmTrainer(engine, simd, recipeParams(engine), train, test)],
    ['ours, TypeScript', async () => typescriptTrainer(engine, recipeParams(engine), train, test)],
    ['TensorFlow.js 4.22 wasm', () => tfjsWasmTrainer(engine, recipeParams(engine), train, test)],
  ];
  for (const [name, make] of contenders) {
    const record = runRecipe(engine, await make(), train.count, steps, cpuClock);
    console.log(`bench: Node, ${name}: ${Math.round(record.samplesPerSec)} samples/s`);
    rows.push(...recipeRows(section, name, record));
  }

  // Heap bytes per wasm step (gather + forward + backward + SGD): everything else lives in wasm memory.
  const net = new engine.WasmMlp(relaxed, RECIPE.sizes, 'relu', RECIPE.batch, recipeParams(engine), {
    optimizer: { name: 'sgd', lr: RECIPE.lr },
    train,
  });
  const order = Int32Array.from({ length: train.count }, (_, i) => i);
  let offset = 0;
  const bytes = await bytesPerCall(() => {
    net.stepOnRows(order, offset, RECIPE.batch);
    net.update();
    offset = (offset + RECIPE.batch) % (train.count - RECIPE.batch);
  });
  rows.push({
    section,
    name: 'ours, wasm: JS heap allocated per step',
    value: bytes,
    unit: 'bytes',
    note: `wasm memory fixed at ${(net.memoryBytes / 2 ** 20).toFixed(1)} MB (data set included)`,
  });

  let browser = null;
  if (process.env.BENCH_BROWSER !== '0') {
    browser = await browserRecipe(['wasm', 'wasm-simd', 'typescript', 'tfjs-wasm'], steps, port);
    const names = {
      wasm: 'ours, wasm (best flavour), 1 worker',
      'wasm-simd': 'ours, wasm SIMD, 1 worker',
      typescript: 'ours, TypeScript',
      'tfjs-wasm': 'TensorFlow.js 4.22 wasm',
    };
    const bSection = `Chromium ${browser.chromium} Web Worker: book recipe, ${steps} steps`;
    for (const run of browser.runs) {
      if (run.type === 'recipe/error') {
        rows.push({ section: bSection, name: names[run.contender], value: NaN, unit: '', note: run.message });
        continue;
      }
      rows.push(...recipeRows(bSection, `${names[run.contender]} [${run.flavour}]`, run.record));
      if (run.agreement) {
        const { worst, cases } = run.agreement;
        rows.push({
          section: bSection,
          name: `kernels [${run.flavour}] vs TypeScript: worst error / bound`,
          value: worst,
          unit: '',
          note: `${cases} products, odd shapes, all transpose forms; ≤ 1 passes`,
        });
      }
    }
    rows.push({
      section: bSection,
      name: 'ours, wasm, all workers',
      value: NaN,
      unit: 'samples/s',
      note: 'measured by bench/runBrowser.ts ("book recipe, all workers"): the helper workers need the Vite build',
    });
  }

  console.log(
    `\n${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (figures under load are noisy)\n`,
  );
  console.log(formatTable(rows));
  mkdirSync('bench/results', { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadAverage: loadavg(),
    steps,
    chromium: browser?.chromium ?? null,
    crossOriginIsolated: browser?.isolated ?? null,
    rows,
  };
  writeFileSync('bench/results/latest.json', `${JSON.stringify(json, null, 2)}\n`);
  console.log('\nwrote bench/results/latest.json');
}

await main();
