// Data-parallel training's shared state: one mini-batch split across N workers that each compute the
// gradient of their slice on the same weights. Worker 0 (the trainer) owns the weights and the optimizer;
// the others read the weights and the batch's row numbers from here and write back their gradients and
// losses. Each slice's gradient is a mean over its own rows, so the batch's gradient and loss are
//   g = Σᵢ (nᵢ/n)·gᵢ,   L = Σᵢ (nᵢ/n)·Lᵢ
// which equal one worker's up to float rounding (the sums are only grouped differently).
// The buffer is a SharedArrayBuffer in the browser (helpers wait on ctrl with Atomics); a plain
// ArrayBuffer works for the same arithmetic in one thread (tests).
import type { WasmMlp } from '../engine';

/** Indices into ctrl. */
export const GEN = 0;
export const DONE = 1;
export const STOP = 2;
/** Where this step's batch starts in rows, and its size. */
const OFFSET = 3;
const ROWS = 4;
const CTRL_INTS = 8;

/** Rows start..start+count−1 of an n-row batch go to worker i of N (as even as integers allow). */
export function sliceOf(n: number, workers: number, i: number): { start: number; count: number } {
  const start = Math.floor((i * n) / workers);
  return { start, count: Math.floor(((i + 1) * n) / workers) - start };
}

export class GradientShare {
  readonly ctrl: Int32Array;
  readonly rows: Int32Array;
  readonly weights: Float32Array;
  /** One gradient slot per helper (workers − 1), each paramCount floats, in params order. */
  readonly grads: Float32Array;
  readonly losses: Float64Array;

  constructor(
    readonly buffer: ArrayBufferLike,
    readonly workers: number,
    readonly batch: number,
    readonly paramCount: number,
  ) {
    const helpers = workers - 1;
    let at = 0;
    const take = (bytes: number) => {
      const start = at;
      at += Math.ceil(bytes / 8) * 8;
      return start;
    };
    const lossesAt = take(8 * helpers);
    const ctrlAt = take(4 * CTRL_INTS);
    const rowsAt = take(4 * batch);
    const weightsAt = take(4 * paramCount);
    const gradsAt = take(4 * paramCount * helpers);
    if (buffer.byteLength < at)
      throw new Error(`GradientShare: the buffer has ${buffer.byteLength} bytes, ${at} needed`);
    this.losses = new Float64Array(buffer, lossesAt, helpers);
    this.ctrl = new Int32Array(buffer, ctrlAt, CTRL_INTS);
    this.rows = new Int32Array(buffer, rowsAt, batch);
    this.weights = new Float32Array(buffer, weightsAt, paramCount);
    this.grads = new Float32Array(buffer, gradsAt, paramCount * helpers);
  }

  /** Bytes a share of this shape needs. */
  static bytes(workers: number, batch: number, paramCount: number): number {
    const r = (b: number) => Math.ceil(b / 8) * 8;
    const helpers = workers - 1;
    return r(8 * helpers) + r(4 * CTRL_INTS) + r(4 * batch) + r(4 * paramCount) + r(4 * paramCount * helpers);
  }

  /** Worker 0: publishes the weights and this step's rows (order[offset..offset+n−1]). */
  publish(params: readonly Float32Array[], order: Int32Array, offset: number, n: number): void {
    let at = 0;
    for (const p of params) {
      this.weights.set(p, at);
      at += p.length;
    }
    this.rows.set(order.subarray(offset, offset + n));
    this.ctrl[OFFSET] = 0;
    this.ctrl[ROWS] = n;
  }

  /** This step's batch size, as published. */
  get stepRows(): number {
    return this.ctrl[ROWS] ?? 0;
  }

  /** A helper: copies the published weights into its own parameters. */
  readWeights(params: readonly Float32Array[]): void {
    let at = 0;
    for (const p of params) {
      p.set(this.weights.subarray(at, at + p.length));
      at += p.length;
    }
  }

  /** Helper i (1…workers−1): stores its slice's gradients (already a mean over its rows) and loss. */
  writeGradients(i: number, grads: readonly Float32Array[], loss: number): void {
    let at = (i - 1) * this.paramCount;
    for (const g of grads) {
      this.grads.set(g, at);
      at += g.length;
    }
    this.losses[i - 1] = loss;
  }

  /** Worker 0: folds every slice into its own gradients (g₀ on entry), returns the batch's mean loss. */
  combine(grads: readonly Float32Array[], ownLoss: number): number {
    const n = this.stepRows;
    const w0 = sliceOf(n, this.workers, 0).count / n;
    let loss = w0 * ownLoss;
    for (const g of grads) for (let k = 0; k < g.length; k++) g[k] = w0 * (g[k] ?? 0);
    for (let i = 1; i < this.workers; i++) {
      const wi = sliceOf(n, this.workers, i).count / n;
      if (wi === 0) continue;
      loss += wi * (this.losses[i - 1] ?? 0);
      let p = (i - 1) * this.paramCount;
      for (const g of grads) {
        for (let k = 0; k < g.length; k++) g[k] = (g[k] ?? 0) + wi * (this.grads[p + k] ?? 0);
        p += g.length;
      }
    }
    return loss;
  }
}

/** Helper i's part of a step: the published weights, its slice of the published rows, its gradients out. */
export function computeSlice(net: WasmMlp, share: GradientShare, i: number): void {
  const { start, count } = sliceOf(share.stepRows, share.workers, i);
  if (count === 0) return; // a batch smaller than the team: this slice weighs 0 in combine()
  share.readWeights(net.params);
  const loss = net.stepOnRows(share.rows, start, count);
  share.writeGradients(i, net.grads, loss);
}

/** The helpers of worker 0: begin() after publish() starts their slices, end() waits for all of them. */
export interface GradientTeam {
  readonly share: GradientShare;
  begin(): void;
  end(): void;
  /** Stops the helpers for good. */
  close(): void;
}
