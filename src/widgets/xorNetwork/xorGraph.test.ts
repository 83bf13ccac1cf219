import { describe, expect, it } from 'vitest';
import { xorGraph } from './xorGraph';
import { xorSignals } from './xorNetwork';

describe('xorGraph', () => {
  it('agrees with the truth table for all four rows: s1 is NAND, s2 is OR, y is XOR', () => {
    for (const row of xorSignals()) {
      const m = xorGraph(row.x1, row.x2);
      const value = (name: string) => m.nodes.find((n) => n.name === name)?.value;
      expect([value('s1'), value('s2'), value('y')]).toEqual([row.s1, row.s2, row.y]);
      expect(value('a1')).toBeCloseTo(row.a1, 12);
    }
  });

  it('draws the weights on the edges instead of as × nodes', () => {
    const m = xorGraph(1, 0);
    expect(m.nodes.some((n) => n.op === 'mul')).toBe(false);
    expect(m.edges.filter((e) => 'weight' in e && e.weight !== undefined)).toHaveLength(6);
    expect(m.edges.find((e) => e.from === 'x1' && e.to === 'u1')).toMatchObject({ weight: -0.5, value: 1 });
  });
});
