import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';
import { entryName, type ForwardParams, type ForwardSignals } from './forwardModel';

const W = 800;
const H = 330;
const HALF = 62; // half-width of a neuron pill: left half a (the sum), right half z (after the activation)
const R = 24;
const columns = { x: 40, l1: 240, l2: 480, out: 720 };
const rowsY = (n: number) => Array.from({ length: n }, (_, i) => H / 2 + (i - (n - 1) / 2) * 96);

interface Neuron {
  a: string;
  z: string;
  aValue: number;
  zValue: number;
  bias: number;
  cx: number;
  cy: number;
}

/** Edge thickness grows with |w|; sign shows in colour and in the dash pattern (solid +, dashed −). */
function Edge({
  name,
  w,
  x1,
  y1,
  x2,
  y2,
}: {
  name: string;
  w: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}) {
  const width = 1 + Math.min(Math.abs(w), 2.5) * 5;
  return (
    <line
      data-edge={name}
      data-weight={String(w)}
      className={w < 0 ? 'fp-edge fp-edge-neg' : 'fp-edge fp-edge-pos'}
      strokeWidth={width}
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
    >
      <title>{`${name} = ${formatNumber(w)}`}</title>
    </line>
  );
}

function NeuronPill({ n, zLabel }: { n: Neuron; zLabel: string }) {
  return (
    <g className="fp-neuron">
      <rect className="fp-pill" x={n.cx - HALF} y={n.cy - 24} width={2 * HALF} height={48} rx={24} />
      <line className="fp-pill-split" x1={n.cx} x2={n.cx} y1={n.cy - 24} y2={n.cy + 24} />
      <g data-node={n.a} data-value={String(n.aValue)}>
        <text className="fp-node-name" x={n.cx - HALF / 2} y={n.cy - 5} textAnchor="middle">
          {n.a}
        </text>
        <text className="fp-node-value" x={n.cx - HALF / 2} y={n.cy + 13} textAnchor="middle">
          {formatNumber(Number(n.aValue.toFixed(4)))}
        </text>
      </g>
      <g data-node={n.z} data-value={String(n.zValue)}>
        <text className="fp-node-name" x={n.cx + HALF / 2} y={n.cy - 5} textAnchor="middle">
          {n.z}
        </text>
        <text className="fp-node-value" x={n.cx + HALF / 2} y={n.cy + 13} textAnchor="middle">
          {formatNumber(Number(n.zValue.toFixed(4)))}
        </text>
      </g>
      <text className="fp-bias" x={n.cx} y={n.cy + 38} textAnchor="middle">{`b = ${formatNumber(n.bias)}`}</text>
      <text className="fp-fn" x={n.cx + HALF + 2} y={n.cy - 26} textAnchor="end">
        {zLabel}
      </text>
    </g>
  );
}

/** The notes' network X → 3 → 2 → 2: each edge is a weight, each pill a neuron (sum a | activation z). */
export function NetworkDiagram({ p, s }: { p: ForwardParams; s: ForwardSignals }) {
  const t = useT();
  const layer = (k: 1 | 2 | 3, cx: number, A: number[], Z: number[], B: number[]): Neuron[] =>
    rowsY(A.length).map((cy, j) => ({
      a: `a${k}_${j + 1}`,
      z: k === 3 ? `y${j + 1}` : `z${k}_${j + 1}`,
      aValue: A[j] ?? 0,
      zValue: Z[j] ?? 0,
      bias: B[j] ?? 0,
      cx,
      cy,
    }));
  const l1 = layer(1, columns.l1, s.A1, s.Z1, p.B1);
  const l2 = layer(2, columns.l2, s.A2, s.Z2, p.B2);
  const l3 = layer(3, columns.out, s.A3, s.Y, p.B3);
  const xs = rowsY(2);
  const edges = (param: 'W1' | 'W2' | 'W3', from: { x: number; y: number }[], to: Neuron[], values: number[]) =>
    from.flatMap((f, i) =>
      to.map((n, j) => {
        const index = i * to.length + j;
        return (
          <Edge
            key={`${param}-${index}`}
            name={entryName(param, index)}
            w={values[index] ?? 0}
            x1={f.x}
            y1={f.y}
            x2={n.cx - HALF}
            y2={n.cy}
          />
        );
      }),
    );
  const outOf = (ns: Neuron[]) => ns.map((n) => ({ x: n.cx + HALF, y: n.cy }));
  const label = t({
    ko: `3층 신경망. 입력 x1 = ${formatNumber(p.X[0] ?? 0)}, x2 = ${formatNumber(p.X[1] ?? 0)}. 출력 a3 = (${s.A3.map(formatNumber).join(', ')}), softmax y = (${s.Y.map(formatNumber).join(', ')}). 선 굵기는 가중치 크기, 실선은 양수, 점선은 음수입니다.`,
    en: `Three-layer network. Inputs x1 = ${formatNumber(p.X[0] ?? 0)}, x2 = ${formatNumber(p.X[1] ?? 0)}. Output a3 = (${s.A3.map(formatNumber).join(', ')}), softmax y = (${s.Y.map(formatNumber).join(', ')}). Line width shows a weight's size; solid lines are positive, dashed negative.`,
  });

  return (
    <div
      className="fp-diagram-wrap"
      tabIndex={0}
      role="region"
      aria-label={t({ ko: '신경망 그림 (옆으로 스크롤)', en: 'Network diagram (scrolls sideways)' })}
    >
      <svg className="fp-diagram" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <g>
          {edges(
            'W1',
            xs.map((y) => ({ x: columns.x + R, y })),
            l1,
            p.W1,
          )}
          {edges('W2', outOf(l1), l2, p.W2)}
          {edges('W3', outOf(l2), l3, p.W3)}
        </g>
        {xs.map((cy, i) => (
          <g key={i} data-node={`x${i + 1}`} data-value={String(p.X[i] ?? 0)} className="fp-input">
            <circle cx={columns.x} cy={cy} r={R} />
            <text className="fp-node-name" x={columns.x} y={cy - 4} textAnchor="middle">{`x${i + 1}`}</text>
            <text className="fp-node-value" x={columns.x} y={cy + 13} textAnchor="middle">
              {formatNumber(p.X[i] ?? 0)}
            </text>
          </g>
        ))}
        {l1.map((n) => (
          <NeuronPill key={n.a} n={n} zLabel="σ" />
        ))}
        {l2.map((n) => (
          <NeuronPill key={n.a} n={n} zLabel="σ" />
        ))}
        {l3.map((n) => (
          <NeuronPill key={n.a} n={n} zLabel={t({ ko: '항등 → softmax', en: 'identity → softmax' })} />
        ))}
        <text className="fp-col" x={columns.x} y={18} textAnchor="middle">
          X
        </text>
        <text className="fp-col" x={columns.l1} y={18} textAnchor="middle">
          {t({ ko: '1층', en: 'layer 1' })}
        </text>
        <text className="fp-col" x={columns.l2} y={18} textAnchor="middle">
          {t({ ko: '2층', en: 'layer 2' })}
        </text>
        <text className="fp-col" x={columns.out} y={18} textAnchor="middle">
          {t({ ko: '출력층', en: 'output' })}
        </text>
      </svg>
      <p className="fp-legend">
        <span className="fp-legend-item">
          <svg width="34" height="10" aria-hidden="true">
            <line className="fp-edge fp-edge-pos" x1="0" y1="5" x2="34" y2="5" strokeWidth="3" />
          </svg>{' '}
          {t({ ko: '+ 양수 가중치 (실선)', en: '+ positive weight (solid)' })}
        </span>
        <span className="fp-legend-item">
          <svg width="34" height="10" aria-hidden="true">
            <line className="fp-edge fp-edge-neg" x1="0" y1="5" x2="34" y2="5" strokeWidth="3" />
          </svg>{' '}
          {t({ ko: '− 음수 가중치 (점선)', en: '− negative weight (dashed)' })}
        </span>
        <span className="fp-legend-item">{t({ ko: '굵을수록 |w|가 큽니다', en: 'thicker = larger |w|' })}</span>
      </p>
    </div>
  );
}
