import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import { GraphView } from '../kit/graph/GraphView';
import '../kit/controls/controls.css';
import { RowChooser } from '../kit/controls/RowChooser';
import { TruthTable } from '../kit/controls/TruthTable';
import { rowCodec, rowKeys } from '../kit/controls/truthTable';
import { xorGraph } from './xorGraph';
import { xorSignals } from './xorNetwork';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

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
    <WidgetRoot className="xor-network" data-selected-row={`${row.x1},${row.x2}`}>
      <RowChooser value={key} onChange={setKey} />
      <GraphView model={graph} showGrad={false} firing={(n) => n.kind === 'op' && n.op === 'step' && n.value === 1} />
      <TruthTable
        caption={t({ ko: '네 입력 모두의 신호', en: 'The signals for all four inputs' })}
        rows={rows}
        selected={key}
        output={(r) => r.y}
        columns={[
          { header: 's₁ = NAND', cell: (r) => r.s1 },
          { header: 's₂ = OR', cell: (r) => r.s2 },
          { header: 'y = AND(s₁, s₂)', cell: (r) => <strong>{r.y}</strong> },
        ]}
      />
      <p className="verdict verdict-ok" role="status">
        {t({
          ko: '✓ y는 x₁과 x₂가 다를 때만 1입니다: XOR입니다.',
          en: '✓ y is 1 exactly when x₁ and x₂ differ: this is XOR.',
        })}
      </p>
    </WidgetRoot>
  );
}
