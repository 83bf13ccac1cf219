import { describe, expect, it } from 'vitest';
import { examples } from './examples';
import { graphModel } from './graphModel';
import { layoutGraph, structureKey } from './layoutGraph';

const model = graphModel(
  examples['apple-orange'].build({ apple: 100, apple_num: 2, orange: 150, orange_num: 3, tax: 1.1 }, false),
);

describe('layoutGraph', () => {
  it('places the graph left to right: every input left of the op that uses it', () => {
    const layout = layoutGraph(model);
    for (const e of model.edges) {
      expect(layout.nodes.get(e.from)?.x ?? 0).toBeLessThan(layout.nodes.get(e.to)?.x ?? 0);
    }
    expect(layout.width).toBeGreaterThan(0);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('routes every edge and the output stub, with a place for its numbers', () => {
    const layout = layoutGraph(model);
    expect(layout.edges.size).toBe(model.edges.length + 1);
    expect(layout.edges.get('price→')?.points.length).toBeGreaterThan(1);
  });

  it('keys the layout on structure only, so dragging a slider does not re-run it', () => {
    const other = graphModel(
      examples['apple-orange'].build({ apple: 300, apple_num: 1, orange: 10, orange_num: 9, tax: 1.5 }, false),
    );
    expect(structureKey(other)).toBe(structureKey(model));
  });
});
