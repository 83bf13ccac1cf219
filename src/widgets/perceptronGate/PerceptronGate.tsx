import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { formatTex } from '../kit/format';
import { Num } from '../kit/format/Num';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './perceptronGate.css';
import {
  gateOf,
  gateOutputs,
  gatePresets,
  rowsMatching,
  type GateName,
  type PerceptronParams,
} from '../kit/logic/gates';
import { perceptronRows } from './perceptronRows';
import { GraphView } from '../kit/graph/GraphView';
import { GatePlot } from './GatePlot';
import { GateVerdict } from './GateVerdict';
import { perceptronGraph } from './perceptronGraph';
import { RowChooser } from '../kit/controls/RowChooser';
import { TruthTable } from '../kit/controls/TruthTable';
import { rowInputs } from '../kit/controls/truthTable';
import { useParams } from '../kit/params/useParams';
import { perceptronParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

/** Signed term for a formula: "+ 0.5" or "- 0.7". */
function term(v: number): string {
  return v < 0 ? `- ${formatTex(-v)}` : `+ ${formatTex(v)}`;
}

/** One perceptron, three sliders: pick a gate, then watch the truth table and the decision line follow the weights. */
export default function PerceptronGate({ preset = 'AND' }: { preset?: Exclude<GateName, 'XOR'> }) {
  const t = useT();
  const book = gatePresets[preset];
  const p = useParams(perceptronParams, { book: { ...book, gate: preset } });
  const { w1, w2, b, gate: target, row } = p.values;
  const params: PerceptronParams = useMemo(() => ({ w1, w2, b }), [w1, w2, b]);
  const rows = useMemo(() => perceptronRows(params), [params]);
  const outputs = rows.map((r) => r.y);
  const matched = gateOf(outputs);
  const [x1, x2] = rowInputs(row);
  const graph = useMemo(() => perceptronGraph(params, x1, x2), [params, x1, x2]);

  return (
    <WidgetRoot className="perceptron-gate" data-target={target} data-matches={matched ?? 'none'}>
      <ChoiceChips
        label={t({ ko: '목표 게이트', en: 'Target gate' })}
        chipAttr="data-preset"
        {...p.chips.gate}
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
            math={`y = \\begin{cases} 1 & ${formatTex(params.w1)}\\,x_1 ${term(params.w2)}\\,x_2 ${term(params.b)} > 0 \\\\ 0 & \\text{${t({ ko: '그 외', en: 'otherwise' })}} \\end{cases}`}
          />
        </div>
        <GatePlot params={params} rows={rows} />
      </div>
      <RowChooser value={row} onChange={p.set.row} />
      <div className="perceptron-gate-graph" data-selected-row={row}>
        <GraphView model={graph} showGrad={false} firing={(n) => n.name === 'y' && n.value === 1} />
      </div>
      <TruthTable
        caption={
          <>
            {t({ ko: `진리표 (목표: ${target})`, en: `Truth table (target: ${target})` })}
            <span className="truth-table-sub"> a = w₁x₁ + w₂x₂ + b</span>
          </>
        }
        rows={rows}
        selected={row}
        output={(r) => r.y}
        rowAttrs={(r) => ({ 'data-a': String(r.a) })}
        rowClassName={(r, i) => (r.y === gateOutputs[target][i] ? 'row-ok' : 'row-bad')}
        columns={[
          { header: <abbr title="a = w₁x₁ + w₂x₂ + b">a</abbr>, cell: (r) => <Num value={r.a} /> },
          { header: 'y', cell: (r) => <strong>{r.y}</strong> },
          { header: target, cell: (_, i) => gateOutputs[target][i] },
          {
            header: t({ ko: '일치', en: 'Match' }),
            num: false,
            cell: (r, i) =>
              r.y === gateOutputs[target][i] ? (
                <span>
                  ✓ <span className="sr-only">{t({ ko: '일치', en: 'matches' })}</span>
                </span>
              ) : (
                <span>
                  ✗ <span className="sr-only">{t({ ko: '불일치', en: 'differs' })}</span>
                </span>
              ),
          },
        ]}
      />
      <GateVerdict target={target} matched={matched} correct={rowsMatching(outputs, target)} />
    </WidgetRoot>
  );
}
