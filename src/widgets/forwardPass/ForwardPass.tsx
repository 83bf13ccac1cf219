import { useState } from 'react';
import { useT } from '../../state/lang';
import '../kit/controls/controls.css';
import './forwardPass.css';
import { forward, type ForwardParams, type ParamName } from './forwardModel';
import { MatrixView } from './MatrixView';
import { NetworkDiagram } from './NetworkDiagram';
import { ParamSliders } from './ParamSliders';
import { useParams } from '../kit/params/useParams';
import { forwardPassParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const groups = [
  { id: 'input', names: ['X'] },
  { id: 'layer1', names: ['W1', 'B1'] },
  { id: 'layer2', names: ['W2', 'B2'] },
  { id: 'layer3', names: ['W3', 'B3'] },
] as const satisfies readonly { id: string; names: readonly ParamName[] }[];
type GroupId = (typeof groups)[number]['id'];

/** The notes' 3-layer network: drag any weight or bias and watch every signal, as a diagram or as matrices. */
export default function ForwardPass() {
  const t = useT();
  const p = useParams(forwardPassParams);
  const { view, ...params } = p.values satisfies ForwardParams;
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
      <ChoiceChips label={t({ ko: '보기', en: 'View' })} chipAttr="data-view-choice" {...p.chips.view} />
      {view === 'diagram' ? <NetworkDiagram p={params} s={signals} /> : <MatrixView p={params} s={signals} />}
      <ChoiceChips
        label={t({ ko: '조절할 매개변수', en: 'Parameters to adjust' })}
        className="fp-groups"
        chipAttr="data-group"
        options={groups.map((g) => g.id)}
        labels={groupLabel}
        value={group}
        onChange={setGroup}
      />
      <ParamSliders
        params={params}
        names={groups.find((g) => g.id === group)?.names ?? []}
        slider={(param: ParamName, i: number) => p.item[param](i)}
      />
    </WidgetRoot>
  );
}
