import type { GraphEdge, GraphModel } from './graphModel';

/** An edge that carries a constant factor, drawn as a weight "×w" on the arrow instead of a × node. */
export type WeightedEdge = GraphEdge & { readonly weight?: number };

/**
 * For network-style drawings (the perceptron chapter): a × node with one drawn input and one constant
 * (x · w) used by exactly one op becomes a weight on the edge from x to that op. Values and gradients
 * stay the engine's; only the drawing gets shorter.
 */
export function foldScalings(model: GraphModel): GraphModel & { edges: readonly WeightedEdge[] } {
  const folded = new Map<string, { input: string; weight: number }>();
  for (const n of model.nodes) {
    if (n.op !== 'mul' || n.inputs.length !== 1 || n.name === model.output) continue;
    const constant = n.args.find((a) => 'constant' in a);
    const consumers = model.edges.filter((e) => e.from === n.name);
    if (constant && 'constant' in constant && consumers.length === 1)
      folded.set(n.name, { input: n.inputs[0] ?? '', weight: constant.constant });
  }
  const edges: WeightedEdge[] = [];
  for (const e of model.edges) {
    if (folded.has(e.to)) continue;
    const f = folded.get(e.from);
    if (!f) {
      edges.push(e);
      continue;
    }
    const into = model.edges.find((x) => x.to === e.from);
    edges.push({
      from: f.input,
      to: e.to,
      value: into?.value ?? Number.NaN,
      grad: into?.grad ?? 0,
      local: (into?.local ?? 0) * e.local,
      weight: f.weight,
    });
  }
  return { ...model, nodes: model.nodes.filter((n) => !folded.has(n.name)), edges };
}
