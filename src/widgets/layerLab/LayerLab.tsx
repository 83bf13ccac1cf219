import { oneOfCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import '../kit/controls/controls.css';
import { ActivationPanel } from './ActivationPanel';
import { AffinePanel } from './AffinePanel';
import './layerLab.css';
import { SoftmaxPanel } from './SoftmaxPanel';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const layerKinds = ['relu', 'sigmoid', 'affine', 'softmax'] as const;
type LayerKind = (typeof layerKinds)[number];
const layerCodec = oneOfCodec(layerKinds);
const layerNames: Record<LayerKind, string> = { relu: 'ReLU', sigmoid: 'Sigmoid', affine: 'Affine', softmax: 'Softmax-with-Loss' };

/** Pick a layer, edit its inputs and upstream gradient, and read forward and backward as small matrices with shapes. */
export default function LayerLab({ layer = 'relu' }: { layer?: LayerKind }) {
  const t = useT();
  const [kind, setKind] = useWidgetState('layer', layerCodec, layer);
  return (
    <WidgetRoot className="layer-lab" data-layer={kind}>
      <ChoiceChips
        label={t({ ko: '계층 고르기', en: 'Choose a layer' })} chipAttr="data-choose-layer"
        options={layerKinds} labels={layerNames} value={kind} onChange={setKind}
      />
      {kind === 'relu' || kind === 'sigmoid' ? <ActivationPanel key={kind} kind={kind} /> : kind === 'affine' ? <AffinePanel /> : <SoftmaxPanel />}
    </WidgetRoot>
  );
}
