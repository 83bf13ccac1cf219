// Where each buffer of a wasm training run lives: one plan, made before the memory exists, so the
// memory can be created once at its final size. Offsets are bytes; counts below are floats.
//   per layer l: W (in·out), b (out), dW, db, and 0–2 optimizer state arrays the size of W and of b
//   training rows (batch): x (batch·D), labels (batch i32 + batch·K one-hot), rows (batch i32),
//                          a_l = z_l (batch·out) and δ_l (batch·out) per layer, probs (batch·K)
//   evaluation rows: x, a_l per layer, probs; the gemm scratch; the resident data sets (bytes)
import { Arena } from './arena';
import { KERNEL_HEAP_START } from './wasmKernels';

export interface LayerSlots {
  readonly inSize: number;
  readonly outSize: number;
  readonly W: number;
  readonly b: number;
  readonly dW: number;
  readonly db: number;
  /** Optimizer state: [vW, vb] for Momentum/AdaGrad, [mW, mb, vW, vb] for Adam. */
  readonly state: readonly number[];
}

export interface RowSlots {
  readonly rows: number;
  readonly x: number;
  /** acts[l] = layer l's output (l = 1..L; acts[0] is x). */
  readonly acts: readonly number[];
  readonly probs: number;
}

export interface TrainSlots extends RowSlots {
  readonly labels: number;
  readonly oneHot: number;
  readonly rowList: number;
  readonly deltas: readonly number[];
}

export interface SplitSlots {
  readonly count: number;
  readonly images: number;
  readonly labels: number;
}

export interface MlpLayout {
  readonly layers: readonly LayerSlots[];
  readonly train: TrainSlots;
  readonly evaluation: RowSlots;
  readonly work: number;
  readonly splits: Readonly<Record<'train' | 'test', SplitSlots | null>>;
  /** Bytes from KERNEL_HEAP_START to the end of the last buffer. */
  readonly bytes: number;
}

export interface LayoutRequest {
  readonly sizes: readonly number[];
  readonly batch: number;
  readonly evalRows: number;
  /** Optimizer state arrays per parameter (0 SGD, 1 Momentum/AdaGrad, 2 Adam). */
  readonly stateArrays: number;
  readonly splitCounts: Readonly<Record<'train' | 'test', number>>;
  /** gemmWorkBytes(m, k, n) from the kernels. */
  readonly workBytes: (m: number, k: number, n: number) => number;
}

/** The buffers of a run, carved from one arena in a fixed order. */
export function planMlpLayout(req: LayoutRequest): MlpLayout {
  const arena = new Arena(KERNEL_HEAP_START);
  const f = (floats: number) => arena.take(floats * 4);
  const { sizes, batch, evalRows } = req;
  const L = sizes.length - 1;
  const D = sizes[0] ?? 0;
  const K = sizes[L] ?? 0;
  const layers: LayerSlots[] = [];
  let work = 0;
  for (let l = 1; l <= L; l++) {
    const [inSize, outSize] = [sizes[l - 1] ?? 0, sizes[l] ?? 0];
    const [W, b, dW, db] = [f(inSize * outSize), f(outSize), f(inSize * outSize), f(outSize)];
    const state: number[] = [];
    for (let s = 0; s < req.stateArrays; s++) state.push(f(inSize * outSize), f(outSize));
    layers.push({ inSize, outSize, W, b, dW, db, state });
    // forward (rows, in, out), dW = aᵀ·δ (in, batch, out), δ·Wᵀ (batch, out, in)
    const rows = Math.max(batch, evalRows);
    work = Math.max(
      work,
      req.workBytes(rows, inSize, outSize),
      req.workBytes(inSize, batch, outSize),
      req.workBytes(batch, outSize, inSize),
    );
  }
  const rowSlots = (rows: number) => ({
    rows,
    x: f(rows * D),
    acts: sizes.map((s, l) => (l === 0 ? 0 : f(rows * s))),
    probs: f(rows * K),
  });
  const trainRows = rowSlots(batch);
  const train: TrainSlots = {
    ...trainRows,
    labels: f(batch),
    oneHot: f(batch * K),
    rowList: f(batch),
    deltas: sizes.map((s) => f(batch * s)),
  };
  const evaluation = rowSlots(evalRows);
  const workAt = arena.take(work);
  const split = (count: number): SplitSlots | null =>
    count > 0 ? { count, images: arena.take(count * D), labels: arena.take(count) } : null;
  const splits = { train: split(req.splitCounts.train), test: split(req.splitCounts.test) };
  return { layers, train, evaluation, work: workAt, splits, bytes: arena.end - KERNEL_HEAP_START };
}
