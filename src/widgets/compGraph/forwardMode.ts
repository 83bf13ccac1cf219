import { add, mul, noGrad, tensor, type Tensor } from '../../engine';
import type { GraphModel } from '../kit/graph/graphModel';

/** One forward-mode pass: seeded with d(input)/d(input) = 1, it carries d(node)/d(input) to every node. */
export interface ForwardPass {
  readonly input: string;
  /** Tangent of each node for this input, in topological order. */
  readonly tangents: ReadonlyMap<string, number>;
  /** d(output)/d(input): what this whole pass was for. */
  readonly result: number;
}

const scalar = (v: number) => tensor(v, { dtype: 'float64' });

/**
 * Forward mode: one pass per input. Each node's tangent is Σ local·tangent over its incoming edges
 * (the chain rule, run left to right); the local derivatives and the products come from the engine.
 */
export function forwardPasses(model: GraphModel): ForwardPass[] {
  const inputs = model.nodes.filter((n) => n.kind === 'input').map((n) => n.name);
  return inputs.map((input) => {
    const tangents = new Map<string, number>();
    noGrad(() => {
      for (const n of model.nodes) {
        if (n.kind === 'input') {
          tangents.set(n.name, n.name === input ? 1 : 0);
          continue;
        }
        let sum: Tensor = scalar(0);
        for (const e of model.edges.filter((edge) => edge.to === n.name)) {
          sum = add(sum, mul(scalar(e.local), scalar(tangents.get(e.from) ?? 0)));
        }
        tangents.set(n.name, sum.item());
      }
    });
    return { input, tangents, result: tangents.get(model.output) ?? Number.NaN };
  });
}
