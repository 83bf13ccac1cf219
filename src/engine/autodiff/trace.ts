// A snapshot of the recorded graph for drawing: plain data (ids, numbers, strings) that can be
// rendered, diffed, or posted from a worker. Nodes come in topological order, inputs first.
import type { Tensor } from '../tensor';
import type { OpName } from './opAttrs';
import { topoSort } from './topoSort';

/** One node of a traced graph; inputs are ids of earlier nodes, in the op's argument order. */
export interface TraceNode {
  readonly id: number;
  /** The primitive op that made it, or 'leaf' for a tensor made by tensor()/constants. */
  readonly op: OpName | 'leaf';
  /** The name given with { label }, or null. */
  readonly label: string | null;
  readonly inputs: readonly number[];
  readonly shape: readonly number[];
  /** Full-precision values, flat in row-major order (value[0] for a scalar). */
  readonly value: readonly number[];
  /** ∂out/∂node after backward, flat like value; null if not computed. */
  readonly grad: readonly number[] | null;
  readonly requiresGrad: boolean;
}

/** The graph behind `output`, as nodes in topological order (output last). */
export function trace(output: Tensor): TraceNode[] {
  return topoSort(output).map((t) => ({
    id: t.id,
    op: t.creator?.op ?? 'leaf',
    label: t.label ?? null,
    inputs: t.creator?.inputs.map((i) => i.id) ?? [],
    shape: [...t.shape],
    value: Array.from(t.data),
    grad: t.grad ? Array.from(t.grad.data) : null,
    requiresGrad: t.requiresGrad,
  }));
}
