import { useT } from '../../state/lang';
import type { Matrix } from './layerMath';

/** Rows as "a b; c d", rounded to 2 decimals, for the graph's small labels. */
function compact(m: Matrix): string {
  const rows: string[] = [];
  for (let r = 0; r < m.rows; r++)
    rows.push(
      m.data
        .slice(r * m.cols, (r + 1) * m.cols)
        .map((v) => String(Number(v.toFixed(2))))
        .join(' '),
    );
  return rows.join('; ');
}

const full = (m: Matrix) => m.data.map(String).join(',');

interface NodeSpec {
  name: string;
  label: string;
  x: number;
  y: number;
  value: Matrix;
  grad: Matrix;
}

const W = 200;
const H = 64;

/** The batched Affine graph, X(N,2)·W(2,3) + B(3) → Y(N,3), with each node's shape, value and gradient. */
export function AffineShapeGraph({
  X,
  Wm,
  b,
  Y,
  XW,
  dX,
  dW,
  db,
  dY,
}: {
  X: Matrix;
  Wm: Matrix;
  b: Matrix;
  Y: Matrix;
  XW: Matrix;
  dX: Matrix;
  dW: Matrix;
  db: Matrix;
  dY: Matrix;
}) {
  const t = useT();
  const n = X.rows;
  const nodes: NodeSpec[] = [
    { name: 'X', label: `X (${n},${X.cols})`, x: 10, y: 10, value: X, grad: dX },
    { name: 'W', label: `W (${Wm.rows},${Wm.cols})`, x: 10, y: 110, value: Wm, grad: dW },
    { name: 'XW', label: `X·W (${n},${Wm.cols})`, x: 300, y: 60, value: XW, grad: dY },
    { name: 'B', label: `B (${b.cols})`, x: 300, y: 180, value: b, grad: db },
    { name: 'Y', label: `Y (${n},${Y.cols})`, x: 590, y: 120, value: Y, grad: dY },
  ];
  const summary = t({
    ko: `Affine 계산 그래프: X(${n},2)와 W(2,3)의 행렬 곱 X·W(${n},3)에 B(3)을 더해 Y(${n},3). 역전파에서 dX는 (${n},2), dW는 (2,3), dB는 (3)으로 각자 원래 형상과 같습니다.`,
    en: `Affine graph: X(${n},2) times W(2,3) gives X·W(${n},3); adding B(3) gives Y(${n},3). Backward, dX is (${n},2), dW is (2,3) and dB is (3): each the shape of what it differentiates.`,
  });
  const edge = (x1: number, y1: number, x2: number, y2: number, key: string) => (
    <line key={key} x1={x1} y1={y1} x2={x2} y2={y2} className="affine-edge" markerEnd="url(#affine-arrow)" />
  );
  return (
    <div className="affine-graph-scroll">
      <svg className="affine-graph" viewBox="0 0 800 260" role="img" aria-label={summary}>
        <defs>
          <marker
            id="affine-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="affine-arrowhead" />
          </marker>
        </defs>
        {edge(210, 42, 254, 88, 'x')}
        {edge(210, 142, 254, 100, 'w')}
        {edge(286, 92, 298, 92, 'dot')}
        {edge(500, 92, 536, 140, 'xw')}
        {edge(500, 212, 536, 160, 'b')}
        {edge(568, 152, 588, 152, 'plus')}
        <circle cx="270" cy="92" r="16" className="affine-op" />
        <text x="270" y="97" textAnchor="middle" className="affine-op-label">
          dot
        </text>
        <circle cx="552" cy="152" r="16" className="affine-op" />
        <text x="552" y="158" textAnchor="middle" className="affine-op-label">
          +
        </text>
        {nodes.map((node) => (
          <g key={node.name} data-node={node.name} data-value={full(node.value)} data-grad={full(node.grad)}>
            <rect x={node.x} y={node.y} width={W} height={H} rx="8" className="affine-node" />
            <text x={node.x + 8} y={node.y + 18} className="affine-node-title">
              {node.label}
            </text>
            <text x={node.x + 8} y={node.y + 37} className="affine-node-value">
              {compact(node.value)}
            </text>
            <text x={node.x + 8} y={node.y + 55} className="affine-node-grad">
              ∂ {compact(node.grad)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
