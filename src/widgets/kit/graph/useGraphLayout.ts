import { useState } from 'react';
import type { GraphModel } from './graphModel';
import { layoutGraph, structureKey, type GraphLayout } from './layoutGraph';

/**
 * The graph's layout, recomputed only when its structure (nodes, edges) or compactness changes: dragging a slider
 * re-renders numbers, not dagre. Kept in state and re-derived during render when the structure key moves.
 */
export function useGraphLayout(model: GraphModel, compact: boolean): GraphLayout {
  const key = `${structureKey(model)}|${compact}`;
  const [laidOut, setLaidOut] = useState(() => ({ key, layout: layoutGraph(model, compact) }));
  if (laidOut.key === key) return laidOut.layout;
  const layout = layoutGraph(model, compact);
  setLaidOut({ key, layout });
  return layout;
}
