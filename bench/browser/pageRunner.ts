// Runs inside the bench page (page.evaluate): drives the site's real training worker with one
// configuration and records timings, accuracies and (optionally) the worker's heap after each epoch.
// Self-contained on purpose: Playwright serialises this function into the page.
import type { TrainConfig } from '../../src/worker/protocol';

export interface EpochRecord {
  epoch: number;
  testAcc: number;
  wallMs: number;
  /** Bytes attributed to the dedicated worker by measureUserAgentSpecificMemory, or -1 if unavailable. */
  workerBytes: number;
}

export interface TrainerRunRecord {
  /** From posting train/start to train/done (download, training and every evaluation). */
  wallMs: number;
  /** From posting train/start to train/started (download, checksums, unzip). */
  dataMs: number;
  /** Time inside training steps only, as the worker reports it. */
  trainingMs: number;
  steps: number;
  batchSize: number;
  epochs: EpochRecord[];
  error?: string;
}

interface MemoryBreakdown {
  bytes: number;
  attribution: { scope?: string; url?: string }[];
}

export function runTrainerInPage(args: {
  workerUrl: string;
  config: TrainConfig;
  measureMemory: boolean;
}): Promise<TrainerRunRecord> {
  const perf = performance as Performance & {
    measureUserAgentSpecificMemory?: () => Promise<{ breakdown: MemoryBreakdown[] }>;
  };
  const workerBytes = async (): Promise<number> => {
    if (!args.measureMemory || !perf.measureUserAgentSpecificMemory) return -1;
    const m = await perf.measureUserAgentSpecificMemory();
    return m.breakdown
      .filter((b) => b.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
      .reduce((s, b) => s + b.bytes, 0);
  };
  return new Promise((resolve) => {
    const t0 = performance.now();
    const record: TrainerRunRecord = {
      wallMs: 0,
      dataMs: 0,
      trainingMs: 0,
      steps: 0,
      batchSize: args.config.batchSize,
      epochs: [],
    };
    let pending = Promise.resolve();
    const worker = new Worker(args.workerUrl, { type: 'module' });
    const finish = (error?: string) => {
      pending.then(() => {
        worker.terminate();
        record.wallMs = performance.now() - t0;
        if (error) record.error = error;
        resolve(record);
      });
    };
    worker.onerror = (e) => finish(`worker error: ${e.message}`);
    worker.onmessage = (e: MessageEvent) => {
      const msg = e.data as { type: string; [k: string]: unknown };
      if (msg.type === 'train/started') record.dataMs = performance.now() - t0;
      else if (msg.type === 'train/progress') {
        record.trainingMs = msg.elapsedMs as number;
        record.steps = msg.step as number;
      } else if (msg.type === 'train/epoch') {
        const wallMs = performance.now() - t0;
        const epoch = msg.epoch as number;
        const testAcc = msg.testAcc as number;
        pending = pending.then(async () => {
          record.epochs.push({ epoch, testAcc, wallMs, workerBytes: await workerBytes() });
        });
      } else if (msg.type === 'train/done') finish();
      else if (msg.type === 'train/diverged' || msg.type === 'train/error')
        finish(`${msg.type}: ${JSON.stringify(msg)}`);
    };
    worker.postMessage({ type: 'train/start', config: args.config });
  });
}

export function runBaselineInPage(url: string): Promise<{ plain: number; fused: number } | { error: string }> {
  return new Promise((resolve) => {
    const worker = new Worker(url, { type: 'module' });
    worker.onerror = (e) => resolve({ error: e.message });
    worker.onmessage = (e: MessageEvent) => {
      worker.terminate();
      const d = e.data as { type: string; plain: number; fused: number; message?: string };
      resolve(d.type === 'baseline/result' ? { plain: d.plain, fused: d.fused } : { error: d.message ?? 'unknown' });
    };
  });
}
