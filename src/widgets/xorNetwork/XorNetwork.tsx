import { useId, useMemo, useState } from 'react';
import { useT } from '../../state/lang';
import '../controls/controls.css';
import '../perceptronGate/perceptronGate.css';
import { XorDiagram } from './XorDiagram';
import { xorSignals } from './xorNetwork';

/** XOR from two layers: NAND and OR feed an AND. Pick an input row and follow the signals. */
export default function XorNetwork() {
  const t = useT();
  const id = useId();
  const rows = useMemo(() => xorSignals(), []);
  const [selected, setSelected] = useState(3);
  const row = rows[selected] ?? rows[0];
  if (!row) return null;

  return (
    <div className="widget xor-network" data-widget="xor-network" data-selected-row={`${row.x1},${row.x2}`}>
      <fieldset className="widget-toolbar">
        <legend>{t({ ko: '입력 행 고르기', en: 'Input row' })}</legend>
        {rows.map((r, i) => (
          <label key={i} className="chip">
            <input type="radio" name={`${id}-row`} checked={selected === i} onChange={() => setSelected(i)} data-row-choice={`${r.x1},${r.x2}`} />
            ({r.x1}, {r.x2})
          </label>
        ))}
      </fieldset>
      <XorDiagram row={row} />
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
