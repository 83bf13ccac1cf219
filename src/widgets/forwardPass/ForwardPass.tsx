import { useState } from 'react';
import { numberListCodec, oneOfCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import '../kit/controls/controls.css';
import './forwardPass.css';
import { bookParams, forward, paramShapes, type ForwardParams, type ParamName } from './forwardModel';
import { MatrixView } from './MatrixView';
import { NetworkDiagram } from './NetworkDiagram';
import { ParamSliders, RANGE } from './ParamSliders';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const viewCodec = oneOfCodec(['diagram', 'matrix'] as const);
const codecOf = (name: ParamName) => {
  const n = paramShapes[name].reduce((a, b) => a * b, 1);
  return numberListCodec(n, n, RANGE.min, RANGE.max);
};
const codecs = { X: codecOf('X'), W1: codecOf('W1'), B1: codecOf('B1'), W2: codecOf('W2'), B2: codecOf('B2'), W3: codecOf('W3'), B3: codecOf('B3') } satisfies Record<ParamName, unknown>;
const groups = [
  { id: 'input', names: ['X'] },
  { id: 'layer1', names: ['W1', 'B1'] },
  { id: 'layer2', names: ['W2', 'B2'] },
  { id: 'layer3', names: ['W3', 'B3'] },
] as const satisfies readonly { id: string; names: readonly ParamName[] }[];
type GroupId = (typeof groups)[number]['id'];

/** Shareable state for every parameter list, one URL key each. */
function useParams(): [ForwardParams, (param: ParamName, index: number, value: number) => void] {
  const X = useWidgetState('X', codecs.X, bookParams.X);
  const W1 = useWidgetState('W1', codecs.W1, bookParams.W1);
  const B1 = useWidgetState('B1', codecs.B1, bookParams.B1);
  const W2 = useWidgetState('W2', codecs.W2, bookParams.W2);
  const B2 = useWidgetState('B2', codecs.B2, bookParams.B2);
  const W3 = useWidgetState('W3', codecs.W3, bookParams.W3);
  const B3 = useWidgetState('B3', codecs.B3, bookParams.B3);
  const all = { X, W1, B1, W2, B2, W3, B3 };
  const params = { X: X[0], W1: W1[0], B1: B1[0], W2: W2[0], B2: B2[0], W3: W3[0], B3: B3[0] };
  const set = (param: ParamName, index: number, value: number) => all[param][1]((prev) => prev.map((v, i) => (i === index ? value : v)));
  return [params, set];
}

/** The notes' 3-layer network: drag any weight or bias and watch every signal, as a diagram or as matrices. */
export default function ForwardPass() {
  const t = useT();
  const [params, setParam] = useParams();
  const [view, setView] = useWidgetState('view', viewCodec, 'diagram');
  const [group, setGroup] = useState<GroupId>('layer1');
  const signals = forward(params);
  const groupLabel: Record<GroupId, string> = {
    input: t({ ko: '입력 X', en: 'Input X' }),
    layer1: t({ ko: '1층 W1, B1', en: 'Layer 1: W1, B1' }),
    layer2: t({ ko: '2층 W2, B2', en: 'Layer 2: W2, B2' }),
    layer3: t({ ko: '출력층 W3, B3', en: 'Output: W3, B3' }),
  };

  return (
    <WidgetRoot className="forward-pass" data-view={view}>
      <ChoiceChips
        label={t({ ko: '보기', en: 'View' })} chipAttr="data-view-choice" options={['diagram', 'matrix'] as const} value={view} onChange={setView}
        labels={{ diagram: t({ ko: '그림', en: 'Diagram' }), matrix: t({ ko: '행렬', en: 'Matrices' }) }}
      />
      {view === 'diagram' ? <NetworkDiagram p={params} s={signals} /> : <MatrixView p={params} s={signals} />}
      <ChoiceChips
        label={t({ ko: '조절할 매개변수', en: 'Parameters to adjust' })} className="fp-groups" chipAttr="data-group"
        options={groups.map((g) => g.id)} labels={groupLabel} value={group} onChange={setGroup}
      />
      <ParamSliders params={params} names={groups.find((g) => g.id === group)?.names ?? []} onChange={setParam} />
    </WidgetRoot>
  );
}
