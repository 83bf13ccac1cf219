import { full, inputGradients, noGrad, trace, type OpName, type Tensor } from '../../../engine';
import { opSymbol } from './opSymbol';

/** One drawn node: a named input (a leaf the reader can set) or an operation. */
export interface GraphNode {
  readonly id: number;
  readonly name: string;
  readonly kind: 'input' | 'op';
  readonly op: OpName | 'leaf';
  /** What the circle shows: ×, +, exp, **2, or ×−1 when a constant is folded in. */
  readonly symbol: string;
  /** Names of the drawn inputs, in the op's argument order. */
  readonly inputs: readonly string[];
  /** The op's arguments in order: a drawn node's name, or a constant folded into the symbol. */
  readonly args: readonly ({ name: string } | { constant: number })[];
  readonly value: number;
  /** ∂output/∂node from the engine's backward pass (the seed for the output). */
  readonly grad: number;
}

/** An arrow from an input to the op that uses it: the value flows forward, a gradient flows back. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly value: number;
  /** This edge's share of ∂output/∂from: the op's local rule applied to its upstream gradient (engine). */
  readonly grad: number;
  /** The local derivative ∂to/∂from at the current values (the engine's rule run with upstream gradient 1). */
  readonly local: number;
}

export interface GraphModel {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** The output node's name. */
  readonly output: string;
  /** The upstream gradient the backward pass started from. */
  readonly seed: number;
}

/** A leaf that nobody named and nobody differentiates: a number written into the formula. */
function isConstant(t: Tensor): boolean {
  return t.creator === null && !t.requiresGrad && t.label === undefined;
}

/** Every tensor behind `output`, by id (walks the recorded inputs iteratively). */
function tensorsById(output: Tensor): Map<number, Tensor> {
  const byId = new Map<number, Tensor>();
  const stack = [output];
  while (stack.length > 0) {
    const t = stack.pop() as Tensor;
    if (byId.has(t.id)) continue;
    byId.set(t.id, t);
    for (const input of t.creator?.inputs ?? []) stack.push(input);
  }
  return byId;
}

/** Per input of the op that made `t`, what the engine's rule sends back for upstream gradient `dy` (default: t's own). */
function edgeGradients(t: Tensor, dy: Tensor | null = t.grad): readonly number[] {
  if (!dy) return [];
  return noGrad(() => inputGradients(t, dy)).map((g) => g?.data[0] ?? 0);
}

/**
 * Runs the backward pass from `output` (seeded with `seed`) and turns the engine's trace into a drawing
 * model: named nodes with values and gradients, and edges with the gradient each one carries.
 * Unnamed op nodes get n1, n2, … (skipping names already taken); constants fold into their op's symbol.
 */
export function graphModel(output: Tensor, seed = 1): GraphModel {
  output.backward(seed);
  const byId = tensorsById(output);
  const traced = trace(output).filter((n) => !isConstant(byId.get(n.id) as Tensor));
  const taken = new Set(traced.map((n) => n.label).filter((l): l is string => l !== null));
  const names = new Map<number, string>();
  let counter = 0;
  for (const n of traced) {
    let name = n.label;
    while (name === null || (n.label === null && taken.has(name))) name = `n${++counter}`;
    taken.add(name);
    names.set(n.id, name);
  }
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const n of traced) {
    const t = byId.get(n.id) as Tensor;
    const inputs = t.creator?.inputs ?? [];
    const args: GraphNode['args'] = inputs.map((i) => (isConstant(i) ? { constant: i.data[0] ?? 0 } : { name: names.get(i.id) ?? '?' }));
    const name = names.get(n.id) ?? '?';
    nodes.push({
      id: n.id,
      name,
      kind: n.op === 'leaf' ? 'input' : 'op',
      op: n.op,
      symbol: opSymbol(n.op, args, t.creator),
      inputs: args.flatMap((a) => ('name' in a ? [a.name] : [])),
      args,
      value: n.value[0] ?? Number.NaN,
      grad: n.grad?.[0] ?? (n.id === output.id ? seed : 0),
    });
    const grads = edgeGradients(t);
    const locals = edgeGradients(t, full(t.shape, 1, { dtype: t.dtype }));
    inputs.forEach((input, i) => {
      if (isConstant(input)) return;
      edges.push({ from: names.get(input.id) ?? '?', to: name, value: input.data[0] ?? Number.NaN, grad: grads[i] ?? 0, local: locals[i] ?? 0 });
    });
  }
  return { nodes, edges, output: names.get(output.id) ?? '?', seed };
}
