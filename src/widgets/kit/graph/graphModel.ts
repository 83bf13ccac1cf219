import { trace, type OpName, type Tensor, type TraceNode } from '../../../engine';
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
function isConstant(n: TraceNode): boolean {
  return n.op === 'leaf' && !n.requiresGrad && n.label === null;
}

/**
 * Runs the backward pass from `output` (seeded with `seed`) and turns the engine's trace into a drawing
 * model: named nodes with values and gradients, and edges with the gradient each one carries.
 * Unnamed op nodes get n1, n2, … (skipping names already taken); constants fold into their op's symbol.
 */
export function graphModel(output: Tensor, seed = 1): GraphModel {
  output.backward(seed);
  const all = trace(output, { edgeGradients: true });
  const byId = new Map(all.map((n) => [n.id, n]));
  const traced = all.filter((n) => !isConstant(n));
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
    // trace lists every input before its consumers, so each id is in byId.
    const inputs = n.inputs.map((id) => byId.get(id) as TraceNode);
    const args: GraphNode['args'] = inputs.map((i) =>
      isConstant(i) ? { constant: i.value[0] ?? 0 } : { name: names.get(i.id) ?? '?' },
    );
    const name = names.get(n.id) ?? '?';
    nodes.push({
      id: n.id,
      name,
      kind: n.op === 'leaf' ? 'input' : 'op',
      op: n.op,
      symbol: opSymbol(n, args),
      inputs: args.flatMap((a) => ('name' in a ? [a.name] : [])),
      args,
      value: n.value[0] ?? Number.NaN,
      grad: n.grad?.[0] ?? (n.id === output.id ? seed : 0),
    });
    inputs.forEach((input, i) => {
      if (isConstant(input)) return;
      const grad = n.inputGrads?.[i]?.[0] ?? 0;
      const local = n.localGrads?.[i]?.[0] ?? 0;
      edges.push({ from: names.get(input.id) ?? '?', to: name, value: input.value[0] ?? Number.NaN, grad, local });
    });
  }
  return { nodes, edges, output: names.get(output.id) ?? '?', seed };
}
