// npm run bench (after bench/run.ts): the same training step in headless Chromium, in a Web Worker,
// against the built site. Rows: the plain typed-array baseline and the fused step on one batch; the
// book recipe through the site's real trainer worker (samples/s, total time); time to 97% with the
// trainer's defaults, directly and through the chapter page (with the main thread's long tasks);
// and the worker's heap after each of 20 epochs.
// The site is built fresh into dist-bench/ (after `npm run data`), unless BUILD_DIR names an existing
// build to reuse. BENCH_PORT (default 4390) is the preview port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import type { TrainConfig } from '../src/worker/protocol';
import { presets, toConfig } from '../src/widgets/mnistTrainer/trainerSettings';
import { formatTable, type BenchRow } from './table';
import { runTrainerThroughUi } from './browser/uiRun';
import type { runBaselineInPage, runTrainerInPage, TrainerRunRecord } from './browser/pageRunner';

const reuse = process.env.BUILD_DIR !== undefined && existsSync(join(process.env.BUILD_DIR, 'index.html'));
const buildDir = process.env.BUILD_DIR ?? 'dist-bench';
const port = Number(process.env.BENCH_PORT ?? 4390);
const base = `http://127.0.0.1:${port}`;
/** BENCH_QUICK=1: a smoke run (1 epoch of the defaults, 600 book steps, 3 epochs of heap). */
const quick = process.env.BENCH_QUICK === '1';

function ensureBuilt(): string {
  if (!reuse) {
    console.log(`bench: building the site into ${buildDir}/ …`);
    // The MNIST shards, the font subset and the wasm kernels (npm run assets), then the site.
    const assets = spawnSync('npm', ['run', 'assets', '--silent'], { stdio: 'inherit' });
    const site =
      assets.status === 0
        ? spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
            stdio: 'inherit',
            env: { ...process.env, BUILD_DIR: buildDir },
          })
        : assets;
    if (site.status !== 0) throw new Error('npm run assets or vite build failed');
  }
  const worker = readdirSync(join(buildDir, 'assets')).find((f) => /^trainer\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error(`no trainer.worker-*.js in ${buildDir}/assets`);
  return `/assets/${worker}`;
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: { ...process.env, BUILD_DIR: buildDir },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

/** Bundles a bench file for the browser (esbuild, which tsx already brings). */
async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    platform: 'browser',
    write: false,
    define: { 'import.meta.env.BASE_URL': '"/"' },
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

type PageBench = { runTrainerInPage: typeof runTrainerInPage; runBaselineInPage: typeof runBaselineInPage };

/** Calls a page-runner function by name (as a string, so no bundler helpers leak into the page). */
function callInPage<K extends keyof PageBench>(
  page: Page,
  name: K,
  arg: Parameters<PageBench[K]>[0],
): Promise<Awaited<ReturnType<PageBench[K]>>> {
  return page.evaluate(`window.__bench.${name}(${JSON.stringify(arg)})`) as Promise<Awaited<ReturnType<PageBench[K]>>>;
}

const mb = (bytes: number) => bytes / 1048576;

async function main(): Promise<void> {
  const workerUrl = ensureBuilt();
  const baselineJs = await bundle('bench/browser/baselineWorker.ts', 'esm');
  const runnerJs = await bundle('bench/browser/pageGlobal.ts', 'iife');
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--enable-blink-features=ForceEagerMeasureMemory'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route('**/__bench/baseline.js', (route) =>
      route.fulfill({
        body: baselineJs,
        contentType: 'text/javascript',
        headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' },
      }),
    );
    const page = await context.newPage();
    await page.goto(`${base}/en`);
    await page.addScriptTag({ content: runnerJs });
    const isolated = (await page.evaluate('crossOriginIsolated')) as boolean;
    const rows: BenchRow[] = [];
    const section = 'browser: Chromium, Web Worker';

    // 1. The trainer's defaults, from a cold worker: wall time until test accuracy first reaches 97%.
    const fast = await callInPage(page, 'runTrainerInPage', {
      workerUrl,
      config: { ...toConfig(presets.fast), epochs: quick ? 1 : presets.fast.epochs },
      measureMemory: false,
    });
    const hit = fast.epochs.find((e) => e.testAcc >= 0.97);
    rows.push({
      section,
      name: `defaults (${toConfig(presets.fast).hidden.join('-')} hidden, Adam): time to 97% test accuracy`,
      value: hit ? hit.wallMs / 1000 : NaN,
      unit: 's',
      note: hit
        ? `epoch ${hit.epoch}, incl. ${(fast.dataMs / 1000).toFixed(1)} s download; target ≤ 30 s`
        : `never reached 97% (${fast.error ?? `best ${Math.max(...fast.epochs.map((e) => e.testAcc))}`})`,
    });

    // 1b. The same defaults through the page, as a student presses Train: time to 97 % on the status
    // element, and the main thread's long tasks (charts and status updates included) while it trains.
    const uiPage = await context.newPage();
    const ui = await runTrainerThroughUi(uiPage, base, quick ? 20 : 120);
    await uiPage.close();
    const uiSection = 'browser: the trainer page';
    const uiRows: BenchRow[] = [];
    uiRows.push({
      section: uiSection,
      name: 'defaults: Train click → status shows 97% test accuracy',
      value: ui.secondsTo97,
      unit: 's',
      note: Number.isNaN(ui.secondsTo97)
        ? `not reached (best ${ui.bestTestAcc.toFixed(4)}${ui.error ? `, ${ui.error}` : ''})`
        : `epoch ${ui.epochAt97}; target ≤ 30 s`,
    });
    uiRows.push({
      section: uiSection,
      name: 'main thread: longest long task while training',
      value: Math.max(0, ...ui.longTasks),
      unit: 'ms',
      note: `${ui.longTasks.length} tasks over 50 ms (target: none)`,
    });

    // 2. Step throughput on one batch: plain baseline vs the fused step, alternating rounds.
    const base1 = await callInPage(page, 'runBaselineInPage', '/__bench/baseline.js');
    if ('error' in base1) throw new Error(`baseline worker: ${base1.error}`);
    rows.push({ section, name: 'plain baseline step 784-50-10, batch 100', value: base1.plain, unit: 'samples/s' });
    rows.push({
      section,
      name: 'fused worker step (same batch)',
      value: base1.fused,
      unit: 'samples/s',
      note: `${(base1.fused / base1.plain).toFixed(1)}× baseline`,
    });

    // 3. The book recipe through the site's own trainer worker.
    const book: TrainConfig = { ...toConfig(presets.book), maxSteps: quick ? 600 : presets.book.iterations };
    const run = await callInPage(page, 'runTrainerInPage', { workerUrl, config: book, measureMemory: false });
    if (run.error) throw new Error(run.error);
    const sps = (run.steps * run.batchSize * 1000) / run.trainingMs;
    rows.push({
      section,
      name: `book recipe (${run.steps} steps): training samples/s`,
      value: sps,
      unit: 'samples/s',
      note: `${(sps / base1.plain).toFixed(1)}× baseline (target ≥ 3); ${((100 * sps) / 100_000).toFixed(0)}% of 100k`,
    });
    rows.push({
      section,
      name: `book recipe: total time (download + steps + ${run.epochs.length} evaluations)`,
      value: run.wallMs / 1000,
      unit: 's',
      note: `steps alone ${(run.trainingMs / 1000).toFixed(1)} s`,
    });
    rows.push({
      section,
      name: 'book recipe: final test accuracy',
      value: run.epochs.at(-1)?.testAcc ?? NaN,
      unit: '',
    });
    // 3b. The same recipe split across every core (data parallel over SharedArrayBuffer; needs isolation).
    const all = await page.evaluate(() => Math.min(navigator.hardwareConcurrency || 1, 8));
    const parConfig = { ...book, workers: all };
    const par = await callInPage(page, 'runTrainerInPage', { workerUrl, config: parConfig, measureMemory: false });
    const parSps = par.error ? NaN : (par.steps * par.batchSize * 1000) / par.trainingMs;
    const parAcc = (par.epochs.at(-1)?.testAcc ?? NaN).toFixed(4);
    const parNote = `${(parSps / sps).toFixed(2)}× one worker; test acc ${parAcc}${isolated ? '' : ' (not isolated: 1 worker)'}`;
    const parName = `book recipe, all workers (${all}): training samples/s`;
    rows.push({ section, name: parName, value: parSps, unit: 'samples/s', note: par.error ?? parNote });

    const heapSection = `browser: worker heap, ${quick ? 3 : 20} epochs`;
    // 4. Memory: 20 epochs of the book network, the worker's heap after each epoch.
    const mem: TrainerRunRecord = await callInPage(page, 'runTrainerInPage', {
      workerUrl,
      config: { ...book, epochs: quick ? 3 : 20, maxSteps: 0 },
      measureMemory: isolated,
    });
    for (const e of mem.epochs)
      rows.push({
        section: heapSection,
        name: `after epoch ${e.epoch}`,
        value: e.workerBytes < 0 ? NaN : mb(e.workerBytes),
        unit: 'MB',
        note: `test acc ${e.testAcc.toFixed(4)}`,
      });
    const heaps = mem.epochs.map((e) => e.workerBytes).filter((b) => b >= 0);
    if (heaps.length > 1) {
      const growth = mb(Math.max(...heaps.slice(1)) - (heaps[0] ?? 0));
      rows.push({
        section: heapSection,
        name: 'largest growth over epoch 1',
        value: growth,
        unit: 'MB',
        note: 'flat = no leak',
      });
    }
    rows.push(...uiRows);
    console.log(`\nChromium ${browser.version()}, crossOriginIsolated=${isolated}, built site ${buildDir}/\n`);
    console.log(formatTable(rows));
  } finally {
    await browser.close();
    preview.kill();
  }
}

await main();
