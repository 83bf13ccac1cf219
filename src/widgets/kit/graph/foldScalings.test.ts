import { describe, expect, it } from 'vitest';
import { mul, add, tensor } from '../../../engine';
import { foldScalings } from './foldScalings';
import { graphModel } from './graphModel';
import { examples } from './examples';

describe('foldScalings', () => {
  it('turns x·w with a constant w into a weight on the edge, keeping the engine gradient of x', () => {
    const x = tensor(3, { dtype: 'float64', requiresGrad: true, label: 'x' });
    const m = foldScalings(graphModel(add(mul(x, 2), 1, { label: 'y' })));
    expect(m.nodes.map((n) => n.name)).toEqual(['x', 'y']);
    expect(m.edges).toEqual([{ from: 'x', to: 'y', value: 3, grad: 2, local: 2, weight: 2 }]);
  });

  it('leaves products of two variables alone', () => {
    const m = graphModel(examples.mul.build({ x: 2, y: 3 }, false));
    expect(foldScalings(m)).toEqual(m);
  });
});
