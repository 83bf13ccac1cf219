import { describe, expect, it } from 'vitest';
import { examples } from '../kit/graph/examples';
import { graphModel } from '../kit/graph/graphModel';
import { localRule, texName } from './localRule';

describe('localRule', () => {
  it('explains the mul node by swapping the inputs, with the numbers plugged in', () => {
    const m = graphModel(examples.mul.build({ x: 10, y: 5 }, false), 1.3);
    const rule = localRule(m, m.nodes.find((n) => n.name === 'z') ?? m.nodes[0]!);
    expect(rule.words.en).toMatch(/swap the inputs/i);
    expect(rule.lines).toEqual([
      '\\begin{aligned} \\frac{\\partial L}{\\partial x} &= \\frac{\\partial L}{\\partial z} \\cdot y \\\\ &= 1.3 \\times 5 = 6.5 \\end{aligned}',
      '\\begin{aligned} \\frac{\\partial L}{\\partial y} &= \\frac{\\partial L}{\\partial z} \\cdot x \\\\ &= 1.3 \\times 10 = 13 \\end{aligned}',
    ]);
  });

  it('passes the gradient through an add node unchanged', () => {
    const m = graphModel(examples.add.build({ x: 10, y: 5 }, false), 1.3);
    const rule = localRule(m, m.nodes.at(-1)!);
    expect(rule.lines[0]).toMatch(/= 1.3 = 1.3 \\end\{aligned\}$/);
  });

  it('writes the collapsed sigmoid rule with y(1−y) and skips folded constants', () => {
    const m = graphModel(examples.sigmoid.build({ x: 0 }, true), 1);
    expect(localRule(m, m.nodes.at(-1)!).lines[0]).toContain('1 \\times 0.5 \\times 0.5 = 0.25');
    const steps = graphModel(examples.sigmoid.build({ x: 0 }, false), 1);
    expect(
      localRule(
        steps,
        steps.nodes.find((n) => n.name === 'minus_x')!,
      ).lines,
    ).toHaveLength(1);
  });

  it('typesets long names upright with escaped underscores', () => {
    expect(texName('apple_price')).toBe('\\mathrm{apple\\_price}');
    expect(texName('x')).toBe('x');
  });
});
