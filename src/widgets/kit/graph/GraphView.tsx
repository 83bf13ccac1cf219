import { curveMonotoneX, line } from 'd3';
import { useId } from 'react';
import { useT } from '../../../state/lang';
import { edgeKey, type BackwardView } from './backwardSteps';
import type { WeightedEdge } from './foldScalings';
import type { GraphModel, GraphNode } from './graphModel';
import { inputWidth, NODE, type Placed } from './layoutGraph';
import { nodeFormula, shownNumber } from './nodeFormula';
import { useGraphLayout } from './useGraphLayout';
import './graph.css';

export interface GraphViewProps {
  model: GraphModel;
  /** Draw gradients below the edges (false for forward-only graphs such as the perceptron). */
  showGrad?: boolean;
  /** Which gradients the step-by-step backward pass has reached; all when absent. */
  view?: BackwardView;
  /** The node whose rule is being shown (highlighted). */
  current?: string;
  onInspect?: (name: string | null) => void;
  /** Names of nodes to mark as "on" (value 1), e.g. a firing perceptron. */
  firing?: (node: GraphNode) => boolean;
}

const path = line<Placed>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveMonotoneX);

/** Moves an end of a route onto an op node's circle (dagre ends it on the node's box). */
function onCircle(toward: Placed, center: Placed): Placed {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: center.x + (dx / len) * NODE.radius, y: center.y + (dy / len) * NODE.radius };
}

/** The graph drawn left to right: named inputs in boxes, ops in circles, value above and gradient below each edge. */
export function GraphView({ model, showGrad = true, view, current, onInspect, firing }: GraphViewProps) {
  const t = useT();
  const id = useId();
  const layout = useGraphLayout(model, !showGrad);
  const nodeByName = new Map(model.nodes.map((n) => [n.name, n]));
  const undefinedText = t({ ko: '정의 안 됨', en: 'undefined' });
  const show = (v: number) => shownNumber(v, undefinedText);
  const full = (v: number) => (Number.isFinite(v) ? String(v) : undefinedText);
  const known = (k: string) => !view || view.edges.has(k);
  const nodeKnown = (n: string) => !view || view.nodes.has(n);

  const routes: (WeightedEdge & { key: string })[] = [
    ...model.edges.map((e) => ({ ...e, key: edgeKey(e.from, e.to) })),
    {
      from: model.output,
      to: '',
      key: `${model.output}→`,
      value: nodeByName.get(model.output)?.value ?? NaN,
      grad: model.seed,
      local: 1,
    },
  ];
  const output = nodeByName.get(model.output);
  const summary = t({
    ko: `계산 그래프: ${model.nodes
      .filter((n) => n.kind === 'op')
      .map(nodeFormula)
      .join('; ')}. 출력 ${model.output} = ${show(output?.value ?? NaN)}.`,
    en: `Computational graph: ${model.nodes
      .filter((n) => n.kind === 'op')
      .map(nodeFormula)
      .join('; ')}. Output ${model.output} = ${show(output?.value ?? NaN)}.`,
  });

  // On a phone the drawing keeps a readable size and scrolls sideways (the scroller is focusable for keyboards).
  return (
    <div
      className="cg-scroll"
      tabIndex={0}
      role="group"
      aria-label={t({ ko: '계산 그래프 (옆으로 스크롤)', en: 'Computational graph (scrolls sideways)' })}
    >
      <svg
        className="comp-graph-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: `${Math.round(layout.width * 1.35)}px`, minWidth: `${Math.round(layout.width * 0.72)}px` }}
        role="group"
        aria-label={summary}
      >
        <defs>
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="cg-arrowhead" />
          </marker>
        </defs>
        {routes.map((e) => {
          const route = layout.edges.get(e.key);
          if (!route || route.points.length < 2) return null;
          const pts = [...route.points];
          const from = nodeByName.get(e.from);
          const to = nodeByName.get(e.to);
          const fromAt = layout.nodes.get(e.from);
          const toAt = layout.nodes.get(e.to);
          if (from?.kind === 'op' && fromAt) pts[0] = onCircle(pts[1] as Placed, fromAt);
          if (to?.kind === 'op' && toAt) pts[pts.length - 1] = onCircle(pts[pts.length - 2] as Placed, toAt);
          const gradKnown = e.to === '' ? true : known(e.key);
          const { x, y } = route.label;
          return (
            <g
              key={e.key}
              className="cg-edge"
              data-edge={e.key}
              data-value={String(e.value)}
              data-grad={String(e.grad)}
            >
              <path d={path(pts) ?? ''} markerEnd={`url(#${id}-arrow)`} />
              <text x={x} y={y - 9} textAnchor="middle" className="cg-edge-value">
                <title>{full(e.value)}</title>
                <tspan className="cg-shown">{show(e.value)}</tspan>
              </text>
              {!showGrad && e.weight !== undefined && (
                <text x={x} y={y + 22} textAnchor="middle" className="cg-edge-weight" data-weight={String(e.weight)}>
                  {`×${show(e.weight).replace('-', '−')}`}
                </text>
              )}
              {showGrad && (
                <text
                  x={x}
                  y={y + 24}
                  textAnchor="middle"
                  className={gradKnown ? 'cg-edge-grad' : 'cg-edge-grad cg-unknown'}
                >
                  <title>{gradKnown ? full(e.grad) : '?'}</title>
                  <tspan className="cg-shown">{gradKnown ? `← ${show(e.grad)}` : '← ?'}</tspan>
                </text>
              )}
            </g>
          );
        })}
        {model.nodes.map((n) => {
          const at = layout.nodes.get(n.name);
          if (!at) return null;
          const isCurrent = current === n.name;
          const on = firing?.(n) ?? false;
          const gradText = nodeKnown(n.name) ? show(n.grad) : '?';
          const label =
            `${nodeFormula(n)}: ${t({ ko: '값', en: 'value' })} ${show(n.value)}` +
            (showGrad ? `, ${t({ ko: '기울기', en: 'gradient' })} ${gradText}` : '');
          const cls = ['cg-node', `cg-${n.kind}`, isCurrent ? 'cg-current' : '', on ? 'cg-on' : '']
            .filter(Boolean)
            .join(' ');
          const symbolSize = n.symbol.length <= 2 ? 26 : n.symbol.length <= 4 ? 19 : 15;
          return (
            <g
              key={n.name}
              className={cls}
              data-node={n.name}
              data-value={String(n.value)}
              data-grad={String(n.grad)}
              data-grad-known={nodeKnown(n.name) ? 'true' : 'false'}
              data-current={isCurrent ? 'true' : undefined}
              tabIndex={onInspect ? 0 : undefined}
              role={onInspect ? 'button' : 'img'}
              aria-label={label}
              onMouseEnter={() => onInspect?.(n.name)}
              onFocus={() => onInspect?.(n.name)}
              onClick={() => onInspect?.(n.name)}
            >
              <title>{`${nodeFormula(n)}\n${full(n.value)}${showGrad ? `\n∂/∂: ${full(n.grad)}` : ''}`}</title>
              {n.kind === 'input' ? (
                <>
                  <rect
                    x={at.x - inputWidth(n.name) / 2}
                    y={at.y - NODE.inputHeight / 2}
                    width={inputWidth(n.name)}
                    height={NODE.inputHeight}
                    rx={10}
                  />
                  <text x={at.x} y={at.y + 7} textAnchor="middle" className="cg-name">
                    {n.name}
                  </text>
                </>
              ) : (
                <>
                  {isCurrent && <circle cx={at.x} cy={at.y} r={NODE.radius + 7} className="cg-current-ring" />}
                  <circle cx={at.x} cy={at.y} r={NODE.radius} />
                  <text
                    x={at.x}
                    y={at.y + symbolSize * 0.35}
                    textAnchor="middle"
                    className="cg-symbol"
                    style={{ fontSize: `${symbolSize}px` }}
                  >
                    {n.symbol}
                  </text>
                  <text x={at.x} y={at.y + NODE.radius + 20} textAnchor="middle" className="cg-op-name">
                    {n.name}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
