import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './perceptronGate.css';
import { gateOf, gateOutputs, gatePresets, rowsMatching, truthTable, type GateName, type PerceptronParams } from './gates';
import { GraphView } from '../kit/graph/GraphView';
import { GatePlot } from './GatePlot';
import { GateVerdict } from './GateVerdict';
import { perceptronGraph } from './perceptronGraph';
import { RowChooser } from './RowChooser';
import { useParams } from '../kit/params/useParams';
import { perceptronParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';

/** Signed term for a formula: "+ 0.5" or "- 0.7". */
function term(v: number): string {
  return v < 0 ? `- ${formatNumber(-v)}` : `+ ${formatNumber(v)}`;
}

/** One perceptron, three sliders: pick a gate, then watch the truth table and the decision line follow the weights. */
export default function PerceptronGate({ preset = 'AND' }: { preset?: Exclude<GateName, 'XOR'> }) {
  const t = useT();
  const book = gatePresets[preset];
  const p = useParams(perceptronParams, { book: { ...book, gate: preset } });
  const { w1, w2, b, gate: target, row } = p.values;
  const params: PerceptronParams = useMemo(() => ({ w1, w2, b }), [w1, w2, b]);
  const rows = useMemo(() => truthTable(params), [params]);
  const matched = gateOf(rows);
  const [x1, x2] = row.split(',').map(Number) as [number, number];
  const graph = useMemo(() => perceptronGraph(params, x1, x2), [params, x1, x2]);

  return (
    <div className="widget perceptron-gate" data-widget="perceptron-gate" data-target={target} data-matches={matched ?? 'none'}>
      <ChoiceChips
        label={t({ ko: '목표 게이트', en: 'Target gate' })} chipAttr="data-preset" {...p.chips.gate}
        onChange={(g) => p.patch({ gate: g, ...gatePresets[g] })}
      />
      <div className="perceptron-gate-body">
        <div className="perceptron-gate-controls">
          <Slider {...p.slider.w1} />
          <Slider {...p.slider.w2} />
          <Slider {...p.slider.b} />
          <Tex
            display
            className="perceptron-gate-formula"
            math={`y = \\begin{cases} 1 & ${formatNumber(params.w1)}\\,x_1 ${term(params.w2)}\\,x_2 ${term(params.b)} > 0 \\\\ 0 & \\text{${t({ ko: '그 외', en: 'otherwise' })}} \\end{cases}`}
          />
        </div>
        <GatePlot params={params} rows={rows} />
      </div>
      <RowChooser value={row} onChange={p.set.row} />
      <div className="perceptron-gate-graph" data-selected-row={row}>
        <GraphView model={graph} showGrad={false} firing={(n) => n.name === 'y' && n.value === 1} />
      </div>
      <table className="truth-table">
        <caption>
          {t({ ko: `진리표 (목표: ${target})`, en: `Truth table (target: ${target})` })}
          <span className="truth-table-sub"> a = w₁x₁ + w₂x₂ + b</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">x₁</th>
            <th scope="col">x₂</th>
            <th scope="col"><abbr title="a = w₁x₁ + w₂x₂ + b">a</abbr></th>
            <th scope="col">y</th>
            <th scope="col">{target}</th>
            <th scope="col">{t({ ko: '일치', en: 'Match' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const want = gateOutputs[target][i];
            const ok = r.y === want;
            return (
              <tr key={i} data-row={`${r.x1},${r.x2}`} aria-current={row === `${r.x1},${r.x2}` ? 'true' : undefined} data-output={r.y} data-a={String(r.a)} className={ok ? 'row-ok' : 'row-bad'}>
                <td>{r.x1}</td>
                <td>{r.x2}</td>
                <td className="num">{formatNumber(r.a)}</td>
                <td className="num"><strong>{r.y}</strong></td>
                <td className="num">{want}</td>
                <td>{ok ? <span>✓ <span className="sr-only">{t({ ko: '일치', en: 'matches' })}</span></span> : <span>✗ <span className="sr-only">{t({ ko: '불일치', en: 'differs' })}</span></span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <GateVerdict target={target} matched={matched} correct={rowsMatching(rows, target)} />
    </div>
  );
}
