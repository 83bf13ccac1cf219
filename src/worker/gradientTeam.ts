// Worker 0's side of data-parallel training: spawns N − 1 helper workers over one SharedArrayBuffer
// and drives them with Atomics (the trainer worker may block: it is not the page's main thread).
// Falls back to one worker, with the reason for the reader, when the page is not cross-origin isolated
// (no SharedArrayBuffer), the run trains in JavaScript, or a helper fails to start.
import type { Activation } from './mlpShape';
import { parameterCount } from './mlpShape';
import { DONE, GEN, GradientShare, STOP, type GradientTeam } from './gradientShare';
import type { WasmKernels } from '../engine';
import type { SplitBytes } from './trainingRun';

/** What a helper needs: the share, its slice number, the network's shape, the kernels and the training set. */
export interface HelperSetup {
  readonly buffer: SharedArrayBuffer;
  readonly index: number;
  readonly workers: number;
  readonly batch: number;
  readonly paramCount: number;
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly flavour: WasmKernels['flavour'];
  readonly module: WebAssembly.Module;
  readonly train: SplitBytes;
}

/** A helper that has not answered a step within this long has died (it is computing a slice of ≤ 1000 rows). */
const STEP_TIMEOUT_MS = 30_000;

export interface TeamChoice {
  readonly team: GradientTeam | null;
  /** Why fewer workers than asked for train ('' if none). */
  readonly note: string;
}

interface TeamRequest {
  readonly workers: number;
  readonly batch: number;
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly kernels: WasmKernels | null;
  readonly train: SplitBytes;
  readonly crossOriginIsolated: boolean;
  readonly spawn: () => Worker;
}

function waitReady(w: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    w.onmessage = (e: MessageEvent) => {
      const m = e.data as { type?: string; message?: string } | null;
      if (m?.type === 'ready') resolve();
      else reject(new Error(m?.message ?? 'a helper sent something unexpected'));
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      reject(new Error(e.message || 'a helper worker failed to start'));
    };
  });
}

/** Starts the helpers, or says why this run trains on one worker. */
export async function startTeam(req: TeamRequest): Promise<TeamChoice> {
  const workers = Math.min(req.workers, req.batch);
  if (workers <= 1) return { team: null, note: req.workers > 1 ? 'one worker: the batch is too small to split' : '' };
  if (!req.kernels) return { team: null, note: 'one worker: several workers need WebAssembly' };
  if (!req.crossOriginIsolated || typeof SharedArrayBuffer === 'undefined') {
    return { team: null, note: 'one worker: the page is not cross-origin isolated, so workers cannot share memory' };
  }
  const paramCount = parameterCount(req.sizes);
  const buffer = new SharedArrayBuffer(GradientShare.bytes(workers, req.batch, paramCount));
  const share = new GradientShare(buffer, workers, req.batch, paramCount);
  const helpers: Worker[] = [];
  try {
    for (let index = 1; index < workers; index++) {
      const w = req.spawn();
      helpers.push(w);
      const setup: HelperSetup = {
        buffer,
        index,
        workers,
        batch: req.batch,
        paramCount,
        sizes: req.sizes,
        activation: req.activation,
        flavour: req.kernels.flavour,
        module: req.kernels.module as WebAssembly.Module,
        train: req.train,
      };
      w.postMessage(setup);
    }
    await Promise.all(helpers.map(waitReady));
  } catch (err) {
    helpers.forEach((w) => w.terminate());
    return { team: null, note: `one worker: a helper failed (${err instanceof Error ? err.message : String(err)})` };
  }
  const ctrl = share.ctrl;
  const team: GradientTeam = {
    share,
    begin() {
      Atomics.store(ctrl, DONE, 0);
      Atomics.add(ctrl, GEN, 1);
      Atomics.notify(ctrl, GEN);
    },
    end() {
      const until = performance.now() + STEP_TIMEOUT_MS;
      for (let done = Atomics.load(ctrl, DONE); done < workers - 1; done = Atomics.load(ctrl, DONE)) {
        if (performance.now() > until) throw new Error('a helper worker stopped answering');
        Atomics.wait(ctrl, DONE, done, 1000);
      }
    },
    close() {
      Atomics.store(ctrl, STOP, 1);
      Atomics.add(ctrl, GEN, 1);
      Atomics.notify(ctrl, GEN);
      helpers.forEach((w) => w.terminate());
    },
  };
  return { team, note: '' };
}
