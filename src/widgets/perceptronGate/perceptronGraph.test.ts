import { describe, expect, it } from 'vitest';
import { gatePresets } from '../kit/logic/gates';
import { perceptronGraph } from './perceptronGraph';

const valueOf = (m: ReturnType<typeof perceptronGraph>, name: string) => m.nodes.find((n) => n.name === name)?.value;

describe('perceptronGraph', () => {
  it('has the nodes x1, x2, w1, w2, b, the weighted sum a and the output y', () => {
    const names = perceptronGraph(gatePresets.AND, 1, 1).nodes.map((n) => n.name);
    for (const name of ['x1', 'x2', 'w1', 'w2', 'b', 'a', 'y']) expect(names).toContain(name);
  });

  it('computes AND on the engine: a = 0.3 and y = 1 for (1,1), a = -0.2 and y = 0 for (1,0)', () => {
    const on = perceptronGraph(gatePresets.AND, 1, 1);
    expect(valueOf(on, 'a')).toBeCloseTo(0.3, 12);
    expect(valueOf(on, 'y')).toBe(1);
    const off = perceptronGraph(gatePresets.AND, 1, 0);
    expect(valueOf(off, 'a')).toBeCloseTo(-0.2, 12);
    expect(valueOf(off, 'y')).toBe(0);
  });
});
