// The module worker that trains: it downloads the data (verified shards), runs the training loop in
// slices of about 250 ms, and between slices lets pause/resume/stop messages in.
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { loadDataset, type ByteDataset } from '../data/loadDataset';
import { MNIST_CLASSES, MNIST_PIXELS } from '../engine';
import { chooseBackend, fetchBytes, type BackendChoice } from './chooseBackend';
import { kernelUrls } from './kernelUrls';
import type { GradientTeam } from './gradientShare';
import { startTeam } from './gradientTeam';
import { parseToWorker } from './parseToWorker';
import { assertNever, transferablesOf } from './protocol';
import type { FromWorker, ToWorker, TrainConfig, TrainDataset } from './protocol';
import { isDiverged, TrainingRun } from './trainingRun';

const scope = self as unknown as {
  postMessage(msg: FromWorker, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
};
/** Steps run back to back before reporting; 4 updates a second keep the page's rendering work small. */
const SLICE_MS = 250;

function post(msg: FromWorker): void {
  scope.postMessage(msg, transferablesOf(msg));
}

const datasets = new Map<TrainDataset, Promise<ByteDataset>>();
let runId = 0;
let paused = false;
let stopRequested = false;
let wake: (() => void) | null = null;

/** Resolves after pending messages have been handled (a MessageChannel hop, not clamped like setTimeout). */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** The kernels are chosen once per worker: feature detection, then one download and compile. */
let backendChoice: Promise<BackendChoice> | null = null;
function loadBackend(): Promise<BackendChoice> {
  backendChoice ??= Promise.all([relaxedSimd(), simd()])
    .then(([relaxed, plain]) => chooseBackend({ relaxedSimd: relaxed, simd: plain }, { ...kernelUrls, fetchBytes }))
    .catch((err: unknown) => ({ backend: 'js', kernels: null, note: `WebAssembly failed to load (${String(err)})` }));
  return backendChoice;
}

interface StartedRun {
  readonly run: TrainingRun;
  readonly choice: BackendChoice;
  readonly team: GradientTeam | null;
  /** Why fewer workers than asked for train ('' if none). */
  readonly teamNote: string;
}

/** A run on the chosen kernels and team; if WasmMlp cannot start (e.g. no memory for it), the TypeScript one. */
async function startRun(config: TrainConfig, data: ByteDataset, choice: BackendChoice): Promise<StartedRun> {
  const { team, note: teamNote } = await startTeam({
    workers: config.workers,
    batch: Math.min(config.batchSize, data.train.count),
    sizes: [MNIST_PIXELS, ...config.hidden, MNIST_CLASSES],
    activation: config.activation,
    kernels: choice.kernels,
    train: data.train,
    crossOriginIsolated: self.crossOriginIsolated,
    spawn: () => new Worker(new URL('./gradientHelper.worker.ts', import.meta.url), { type: 'module' }),
  });
  if (choice.kernels) {
    try {
      return { run: new TrainingRun(config, data.train, data.test, choice.kernels, team), choice, team, teamNote };
    } catch (err) {
      team?.close();
      const note = `WebAssembly could not start (${err instanceof Error ? err.message : String(err)})`;
      const js: BackendChoice = { backend: 'js', kernels: null, note };
      return { run: new TrainingRun(config, data.train, data.test), choice: js, team: null, teamNote: '' };
    }
  }
  return { run: new TrainingRun(config, data.train, data.test), choice, team: null, teamNote };
}

function loadData(id: TrainDataset): Promise<ByteDataset> {
  let p = datasets.get(id);
  if (!p) {
    p = loadDataset(id, ({ loaded, total }) => post({ type: 'data/progress', loaded, total }));
    p.catch(() => datasets.delete(id)); // a failed download is retried next time
    datasets.set(id, p);
  }
  return p;
}

async function train(config: TrainConfig, id: number): Promise<void> {
  const [data, loaded] = await Promise.all([loadData(config.dataset), loadBackend()]);
  if (id !== runId) return;
  const { run, choice, team, teamNote } = await startRun(config, data, loaded);
  try {
    if (id !== runId) return;
    const backendNote = [choice.note, teamNote]
      .filter((n) => n !== '')
      .join('; ')
      .slice(0, 1000);
    post({
      type: 'train/started',
      totalSteps: run.totalSteps,
      stepsPerEpoch: run.stepsPerEpoch,
      classes: data.classes,
      backend: choice.backend,
      backendNote,
      workers: team ? team.share.workers : 1,
    });
    await trainLoop(run, id);
  } finally {
    team?.close();
  }
}

async function trainLoop(run: TrainingRun, id: number): Promise<void> {
  let trainingMs = 0;
  while (!run.done && !stopRequested) {
    if (paused) {
      await new Promise<void>((resolve) => (wake = resolve));
      if (id !== runId) return;
      continue;
    }
    const sliceStart = performance.now();
    const losses: number[] = [];
    const firstStep = run.step;
    do {
      const loss = run.trainStep();
      losses.push(loss);
      if (isDiverged(loss)) {
        post({ type: 'train/diverged', step: run.step, loss });
        return;
      }
    } while (!run.atEpochEnd && performance.now() - sliceStart < SLICE_MS);
    const sliceMs = performance.now() - sliceStart;
    trainingMs += sliceMs;
    const samplesPerSec = ((run.step - firstStep) * run.batchSize * 1000) / Math.max(sliceMs, 1e-3);
    post({
      type: 'train/progress',
      step: run.step,
      losses: Float32Array.from(losses),
      samplesPerSec,
      elapsedMs: trainingMs,
    });
    if (run.atEpochEnd) post({ type: 'train/epoch', epoch: run.epoch, step: run.step, ...run.evaluate() });
    await yieldToMessages();
    if (id !== runId) return;
  }
  if (!run.atEpochEnd) run.evaluate(); // stopped mid-epoch: results for the weights as they are
  post({ type: 'train/done', stopped: !run.done, model: run.model(), results: run.results() });
}

function handle(msg: ToWorker): void {
  switch (msg.type) {
    case 'train/start': {
      const id = ++runId;
      paused = false;
      stopRequested = false;
      wake?.();
      train(msg.config, id).catch((err: unknown) =>
        post({ type: 'train/error', message: err instanceof Error ? err.message : String(err) }),
      );
      return;
    }
    case 'train/pause':
      paused = true;
      post({ type: 'train/paused' });
      return;
    case 'train/resume':
      paused = false;
      wake?.();
      wake = null;
      post({ type: 'train/resumed' });
      return;
    case 'train/stop':
      stopRequested = true;
      paused = false;
      wake?.();
      wake = null;
      return;
    default:
      assertNever(msg);
  }
}

scope.onmessage = (e: MessageEvent) => {
  // Nothing acts on a message before it is checked; a refusal goes back as text the trainer shows.
  const parsed = parseToWorker(e.data);
  if (!parsed.ok) {
    post({ type: 'train/error', message: parsed.error });
    return;
  }
  try {
    handle(parsed.msg);
  } catch (err) {
    post({ type: 'train/error', message: err instanceof Error ? err.message : String(err) });
  }
};
