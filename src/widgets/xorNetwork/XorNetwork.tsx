import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import { GraphView } from '../kit/graph/GraphView';
import '../kit/controls/controls.css';
import '../perceptronGate/perceptronGate.css';
import { RowChooser, rowCodec, rowKeys } from '../perceptronGate/RowChooser';
import { xorGraph } from './xorGraph';
import { xorSignals } from './xorNetwork';

/** XOR from two layers: NAND and OR feed an AND. Pick an input row and follow the signals. */
export default function XorNetwork() {
  const t = useT();
  const rows = useMemo(() => xorSignals(), []);
  const [key, setKey] = useWidgetState('row', rowCodec, '1,1');
  const selected = Math.max(0, rowKeys.indexOf(key));
  const row = rows[selected] ?? rows[0];
  const graph = useMemo(() => (row ? xorGraph(row.x1, row.x2) : null), [row]);
  if (!row || !graph) return null;

  return (
    <div className="widget xor-network" data-widget="xor-network" data-selected-row={`${row.x1},${row.x2}`}>
      <RowChooser value={key} onChange={setKey} />
      <GraphView model={graph} showGrad={false} firing={(n) => n.kind === 'op' && n.op === 'step' && n.value === 1} />
      <table className="truth-table">
        <caption>{t({ ko: '네 입력 모두의 신호', en: 'The signals for all four inputs' })}</caption>
        <thead>
          <tr>
            <th scope="col">x₁</th>
            <th scope="col">x₂</th>
            <th scope="col">s₁ = NAND</th>
            <th scope="col">s₂ = OR</th>
            <th scope="col">y = AND(s₁, s₂)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-row={`${r.x1},${r.x2}`} data-output={r.y} data-s1={r.s1} data-s2={r.s2} aria-current={i === selected ? 'true' : undefined}>
              <td>{r.x1}</td>
              <td>{r.x2}</td>
              <td className="num">{r.s1}</td>
              <td className="num">{r.s2}</td>
              <td className="num"><strong>{r.y}</strong></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="verdict verdict-ok" role="status">
        {t({ ko: '✓ y는 x₁과 x₂가 다를 때만 1입니다: XOR입니다.', en: '✓ y is 1 exactly when x₁ and x₂ differ: this is XOR.' })}
      </p>
    </div>
  );
}
