import type { GraphModel } from './graphModel';

/** What the reader sees after `step` steps of the backward pass. */
export interface BackwardView {
  /** The op node whose local rule just ran (the output node at step 0, when only the seed is known). */
  readonly current: string;
  /** Edges (from→to) whose gradient is known. */
  readonly edges: ReadonlySet<string>;
  /** Nodes whose gradient is complete (every consumer has sent its share back). */
  readonly nodes: ReadonlySet<string>;
}

export const edgeKey = (from: string, to: string) => `${from}→${to}`;

/** The backward pass visits op nodes from the output back to the inputs: reverse topological order. */
export function backwardOrder(model: GraphModel): string[] {
  return model.nodes
    .filter((n) => n.kind === 'op')
    .map((n) => n.name)
    .reverse();
}

/** The known gradients after `step` of backwardOrder(model).length steps (clamped into range). */
export function backwardView(model: GraphModel, step: number): BackwardView {
  const order = backwardOrder(model);
  const done = order.slice(0, Math.max(0, Math.min(step, order.length)));
  const edges = new Set(model.edges.filter((e) => done.includes(e.to)).map((e) => edgeKey(e.from, e.to)));
  const nodes = new Set<string>([model.output]);
  for (const n of model.nodes) {
    const out = model.edges.filter((e) => e.from === n.name);
    if (out.length > 0 && out.every((e) => edges.has(edgeKey(e.from, e.to)))) nodes.add(n.name);
  }
  return { current: done.at(-1) ?? model.output, edges, nodes };
}
