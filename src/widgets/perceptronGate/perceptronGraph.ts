import { add, mul, step, tensor } from '../../engine';
import { graphModel, type GraphModel } from '../kit/graph/graphModel';
import type { PerceptronParams } from '../kit/logic/gates';

const named = (label: string, value: number) => tensor(value, { dtype: 'float64', requiresGrad: true, label });

/** One truth-table row through the perceptron on the engine, as a graph: a = w1·x1 + w2·x2 + b, y = step(a). */
export function perceptronGraph({ w1, w2, b }: PerceptronParams, x1: number, x2: number): GraphModel {
  const products = add(
    mul(named('x1', x1), named('w1', w1), { label: 'w1x1' }),
    mul(named('x2', x2), named('w2', w2), { label: 'w2x2' }),
    { label: 'w1x1+w2x2' },
  );
  return graphModel(step(add(products, named('b', b), { label: 'a' }), { label: 'y' }));
}
