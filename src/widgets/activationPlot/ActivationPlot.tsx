import { useT } from '../../state/lang';
import { Num } from '../kit/format/Num';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './activationPlot.css';
import { ActivationCurve } from './ActivationCurve';
import { activationAt, jumpsAtZero, type ActivationName } from './activations';
import { useParams } from '../kit/params/useParams';
import { activationParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const formulas: Record<ActivationName, string> = {
  step: 'h(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
  sigmoid: 'h(x) = \\dfrac{1}{1 + e^{-x}}',
  relu: 'h(x) = \\max(0, x)',
  tanh: 'h(x) = \\tanh x',
  identity: 'h(x) = x',
};

/** Pick an activation, drag x, and read h(x) and the slope of the tangent h'(x) (from the engine's autodiff). */
export default function ActivationPlot({ fn = 'sigmoid' }: { fn?: ActivationName }) {
  const t = useT();
  const p = useParams(activationParams, { book: { fn } });
  const { fn: name, x } = p.values;
  const { hx, slope } = activationAt(name, x);
  const atJump = jumpsAtZero(name) && x === 0;

  return (
    <WidgetRoot className="activation-plot" data-fn={name} data-hx={String(hx)} data-slope={String(slope)}>
      <ChoiceChips
        label={t({ ko: '활성화 함수', en: 'Activation function' })}
        chipAttr="data-fn-choice"
        {...p.chips.fn}
      />
      <div className="activation-plot-body">
        <ActivationCurve name={name} x={x} hx={hx} slope={slope} onPick={p.set.x} />
        <div className="activation-plot-side">
          <Tex display math={formulas[name]} />
          <Slider {...p.slider.x} />
          <dl className="activation-readout" aria-live="polite">
            <dt>h(x)</dt>
            <dd className="num" data-readout="hx">
              <Num value={hx} />
            </dd>
            <dt>{t({ ko: "기울기 h'(x)", en: "slope h'(x)" })}</dt>
            <dd className="num" data-readout="slope">
              <Num value={slope} />
            </dd>
          </dl>
          {jumpsAtZero(name) && (
            <p className="activation-caveat" data-caveat="step">
              {atJump
                ? t({
                    ko: '⚠ x = 0은 점프하는 곳입니다. 여기서는 접선을 그을 수 없어 미분이 정의되지 않습니다. 엔진은 관례대로 0을 돌려줍니다.',
                    en: '⚠ x = 0 is the jump itself: no tangent fits there, so the derivative is undefined. The engine reports 0 by convention.',
                  })
                : t({
                    ko: '계단 함수의 기울기는 0 이외의 모든 곳에서 0입니다. 가중치를 조금 바꿔도 출력이 변하지 않으니 학습할 단서가 없습니다.',
                    en: 'The step is flat everywhere except at 0, so its slope is 0: a small change in a weight changes nothing, and learning gets no hint.',
                  })}
            </p>
          )}
        </div>
      </div>
    </WidgetRoot>
  );
}
