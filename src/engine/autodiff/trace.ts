// A snapshot of the recorded graph for drawing: plain data (ids, numbers, strings) that can be
// rendered, diffed, or posted from a worker. Nodes come in topological order, inputs first.
// This is the only view of the graph outside the engine: widgets never walk `creator` themselves.
import { full, type Tensor } from '../tensor';
import { inputGradients } from './backward';
import { noGrad } from './gradMode';
import type { OpAttrs, OpName } from './opAttrs';
import { topoSort } from './topoSort';

/** A value made plain: typed arrays become number arrays, objects are copied field by field. */
export type Plain<T> =
  T extends ArrayLike<number> ? readonly number[] : T extends object ? { readonly [F in keyof T]: Plain<T[F]> } : T;

/** What an op remembered besides its inputs, as plain data (pow: { p }, sum: { axes, keepDims }, …). */
export type TraceAttrs<K extends OpName = OpName> = Plain<OpAttrs[K]>;

/** The op of a node together with its attributes, so `node.op === 'pow'` narrows `node.attrs` to { p }. */
export type TraceOp =
  | { readonly op: 'leaf'; readonly attrs: null }
  | { [K in OpName]: { readonly op: K; readonly attrs: TraceAttrs<K> } }[OpName];

/** One node of a traced graph; inputs are ids of earlier nodes, in the op's argument order. */
export type TraceNode = TraceOp & {
  readonly id: number;
  /** The name given with { label }, or null. */
  readonly label: string | null;
  readonly inputs: readonly number[];
  readonly shape: readonly number[];
  /** Full-precision values, flat in row-major order (value[0] for a scalar). */
  readonly value: readonly number[];
  /** ∂out/∂node after backward, flat like value; null if not computed. */
  readonly grad: readonly number[] | null;
  readonly requiresGrad: boolean;
  /**
   * With { edgeGradients: true }: per input, what this node's gradient rule sent back along that edge in
   * the last backward pass, ∂out/∂input through this node only (flat, the input's shape; null where the
   * rule gives none). null when not asked for or when the node has no grad.
   */
  readonly inputGrads: readonly (readonly number[] | null)[] | null;
  /**
   * With { edgeGradients: true }: per input, the rule run with an upstream gradient of ones; for scalars
   * the local derivative ∂node/∂input at the current values. null when not asked for; [] for a leaf.
   */
  readonly localGrads: readonly (readonly number[] | null)[] | null;
};

export interface TraceOptions {
  /** Also run every op's gradient rule per edge (inputGrads, localGrads); off by default: a rule per node. */
  readonly edgeGradients?: boolean;
}

function plain<T>(value: T): Plain<T> {
  const copy = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v) || Array.isArray(v)) return Array.from(v as ArrayLike<unknown>, copy);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
    return v;
  };
  // copy() mirrors Plain<T> case by case; TypeScript cannot follow a recursive conditional type.
  return copy(value) as Plain<T>;
}

function opOf(t: Tensor): TraceOp {
  // creator.op and creator.attrs belong to the same op; TypeScript cannot correlate the two unions.
  return t.creator ? ({ op: t.creator.op, attrs: plain(t.creator.attrs) } as TraceOp) : { op: 'leaf', attrs: null };
}

const flat = (gs: readonly (Tensor | null)[]) => gs.map((g) => (g ? Array.from(g.data) : null));

/** The graph behind `output`, as nodes in topological order (output last). */
export function trace(output: Tensor, options: TraceOptions = {}): TraceNode[] {
  return noGrad(() =>
    topoSort(output).map((t) => {
      const edges = options.edgeGradients === true;
      return {
        ...opOf(t),
        id: t.id,
        label: t.label ?? null,
        inputs: t.creator?.inputs.map((i) => i.id) ?? [],
        shape: [...t.shape],
        value: Array.from(t.data),
        grad: t.grad ? Array.from(t.grad.data) : null,
        requiresGrad: t.requiresGrad,
        inputGrads: edges && t.grad ? flat(inputGradients(t, t.grad)) : null,
        localGrads: edges ? flat(inputGradients(t, full(t.shape, 1, { dtype: t.dtype }))) : null,
      };
    }),
  );
}
