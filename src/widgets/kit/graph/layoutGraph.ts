import dagre from '@dagrejs/dagre';
import type { GraphModel } from './graphModel';

export interface Placed {
  readonly x: number;
  readonly y: number;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: ReadonlyMap<string, Placed & { readonly width: number }>;
  /** Per edge key (from→to; the output stub is output→): the route, and where its two numbers sit. */
  readonly edges: ReadonlyMap<string, { readonly points: readonly Placed[]; readonly label: Placed }>;
}

/** Sizes in SVG units, large enough to read from the back of a classroom. */
export const NODE = { radius: 30, inputHeight: 46, charWidth: 12, font: 20 } as const;
const LABEL = { width: 116, height: 56, compactWidth: 72, compactHeight: 50 };
export const OUTPUT_STUB = '→';

/** Width of an input node's box for its name. */
export const inputWidth = (name: string) => Math.max(64, name.length * NODE.charWidth + 24);

/**
 * Left-to-right layout by dagre: ranks from inputs to output, edge labels (value above, gradient below)
 * placed on the edges, and a short stub leaving the output with its value and the seed gradient.
 * Depends only on the graph's structure, so callers memoise it on structureKey(model). `compact` (no gradient
 * row under the edges) packs forward-only drawings tighter.
 */
export function layoutGraph(model: GraphModel, compact = false): GraphLayout {
  const label = compact ? { width: LABEL.compactWidth, height: LABEL.compactHeight } : LABEL;
  const g = new dagre.graphlib.Graph<
    object,
    { width: number; height: number; x?: number; y?: number },
    { width: number; height: number; labelpos: 'c'; points?: { x: number; y: number }[]; x?: number; y?: number }
  >({ multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: compact ? 14 : 26, ranksep: compact ? 22 : 34, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({ width: label.width, height: label.height, labelpos: 'c' }));
  for (const n of model.nodes) {
    const width = n.kind === 'input' ? inputWidth(n.name) : Math.max(2 * NODE.radius, n.name.length * 10);
    g.setNode(n.name, { width, height: n.kind === 'input' ? NODE.inputHeight : 2 * NODE.radius + 40 });
  }
  g.setNode(OUTPUT_STUB, { width: 4, height: 4 });
  for (const e of model.edges) g.setEdge(e.from, e.to, { width: label.width, height: label.height, labelpos: 'c' });
  g.setEdge(model.output, OUTPUT_STUB, { width: label.width, height: label.height, labelpos: 'c' });
  dagre.layout(g);

  const nodes = new Map<string, Placed & { width: number }>();
  for (const name of g.nodes()) {
    const n = g.node(name);
    nodes.set(name, { x: n.x ?? 0, y: n.y ?? 0, width: n.width });
  }
  const edges = new Map<string, { points: Placed[]; label: Placed }>();
  for (const e of g.edges()) {
    const label = g.edge(e);
    const points = label.points ?? [];
    edges.set(`${e.v}→${e.w === OUTPUT_STUB ? '' : e.w}`, { points, label: { x: label.x ?? 0, y: label.y ?? 0 } });
  }
  const graph = g.graph() as { width?: number; height?: number };
  return { width: graph.width ?? 0, height: graph.height ?? 0, nodes, edges };
}

/** A key that changes only when nodes or edges change (not their numbers): the layout's memo key. */
export function structureKey(model: GraphModel): string {
  return `${model.nodes.map((n) => `${n.name}:${n.kind}`).join(',')}|${model.edges.map((e) => `${e.from}>${e.to}`).join(',')}`;
}
