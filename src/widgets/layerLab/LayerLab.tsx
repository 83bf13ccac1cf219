import { useT } from '../../state/lang';
import '../kit/controls/controls.css';
import { ActivationPanel } from './ActivationPanel';
import { AffinePanel } from './AffinePanel';
import './layerLab.css';
import { SoftmaxPanel } from './SoftmaxPanel';
import { useParams } from '../kit/params/useParams';
import { layerLabParams, type LayerKind } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

/** Pick a layer, edit its inputs and upstream gradient, and read forward and backward as small matrices with shapes. */
export default function LayerLab({ layer = 'relu' }: { layer?: LayerKind }) {
  const t = useT();
  const p = useParams(layerLabParams, { book: { layer } });
  const kind = p.values.layer;
  return (
    <WidgetRoot className="layer-lab" data-layer={kind}>
      <ChoiceChips
        label={t({ ko: '계층 고르기', en: 'Choose a layer' })}
        chipAttr="data-choose-layer"
        {...p.chips.layer}
      />
      {kind === 'relu' || kind === 'sigmoid' ? (
        <ActivationPanel key={kind} kind={kind} />
      ) : kind === 'affine' ? (
        <AffinePanel />
      ) : (
        <SoftmaxPanel />
      )}
    </WidgetRoot>
  );
}
