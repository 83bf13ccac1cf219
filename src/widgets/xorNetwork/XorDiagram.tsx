import { useT } from '../../state/lang';
import { formatNumber } from '../controls/numericInput';
import { layer1, layer2, type XorSignals } from './xorNetwork';

interface NodeSpec {
  name: 'x1' | 'x2' | 's1' | 's2' | 'y';
  label: string;
  gate?: string;
  x: number;
  y: number;
}

const nodes: readonly NodeSpec[] = [
  { name: 'x1', label: 'x₁', x: 60, y: 60 },
  { name: 'x2', label: 'x₂', x: 60, y: 190 },
  { name: 's1', label: 's₁', gate: 'NAND', x: 250, y: 60 },
  { name: 's2', label: 's₂', gate: 'OR', x: 250, y: 190 },
  { name: 'y', label: 'y', gate: 'AND', x: 440, y: 125 },
];
const at = (n: NodeSpec['name']) => nodes.find((s) => s.name === n) ?? (nodes[0] as NodeSpec);

const edges: { from: NodeSpec['name']; to: NodeSpec['name']; w: number }[] = [
  { from: 'x1', to: 's1', w: layer1.W[0]?.[0] ?? 0 },
  { from: 'x2', to: 's1', w: layer1.W[1]?.[0] ?? 0 },
  { from: 'x1', to: 's2', w: layer1.W[0]?.[1] ?? 0 },
  { from: 'x2', to: 's2', w: layer1.W[1]?.[1] ?? 0 },
  { from: 's1', to: 'y', w: layer2.w[0] ?? 0 },
  { from: 's2', to: 'y', w: layer2.w[1] ?? 0 },
];

/** The XOR network for one input row: each node shows its signal, filled when it fires (1). */
export function XorDiagram({ row }: { row: XorSignals }) {
  const t = useT();
  const value: Record<NodeSpec['name'], number> = { x1: row.x1, x2: row.x2, s1: row.s1, s2: row.s2, y: row.y };
  const sums: Partial<Record<NodeSpec['name'], number>> = { s1: row.a1, s2: row.a2, y: row.a };
  const bias: Partial<Record<NodeSpec['name'], number>> = { s1: layer1.b[0], s2: layer1.b[1], y: layer2.b };
  const label = t({
    ko: `입력 (${row.x1}, ${row.x2}): s1 = ${row.s1}, s2 = ${row.s2}, y = ${row.y}`,
    en: `Input (${row.x1}, ${row.x2}): s1 = ${row.s1}, s2 = ${row.s2}, y = ${row.y}`,
  });
  return (
    <svg className="xor-diagram" viewBox="0 0 520 250" role="img" aria-label={label}>
      {edges.map((e) => {
        const a = at(e.from);
        const b = at(e.to);
        const active = value[e.from] === 1;
        return (
          <g key={`${e.from}-${e.to}`} className={active ? 'xor-edge xor-edge-active' : 'xor-edge'}>
            <line x1={a.x + 26} y1={a.y} x2={b.x - 26} y2={b.y} />
            {/* Labels sit near the source end, so the two crossing edges keep theirs apart. */}
            <text x={a.x + 0.3 * (b.x - a.x)} y={a.y + 0.3 * (b.y - a.y) - 8} textAnchor="middle">{formatNumber(e.w)}</text>
          </g>
        );
      })}
      {nodes.map((n) => {
        const v = value[n.name];
        return (
          <g key={n.name} data-node={n.name} data-value={String(v)} className={v === 1 ? 'xor-node xor-node-on' : 'xor-node'}>
            <circle cx={n.x} cy={n.y} r={26} />
            <text x={n.x} y={n.y - 2} textAnchor="middle" className="xor-node-name">{n.label}</text>
            <text x={n.x} y={n.y + 15} textAnchor="middle" className="xor-node-value">{v}</text>
            {n.gate && <text x={n.x} y={n.y - 34} textAnchor="middle" className="xor-node-gate">{n.gate}</text>}
            {sums[n.name] !== undefined && (
              <text x={n.x} y={n.y + 44} textAnchor="middle" className="xor-node-sum">
                a = {formatNumber(sums[n.name] ?? 0)} (b = {formatNumber(bias[n.name] ?? 0)})
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
