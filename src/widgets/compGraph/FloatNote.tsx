import { mul, tensor } from '../../engine';
import { useT } from '../../state/lang';

/** Why 100 × 2 × 1.1 prints as 220.00000000000003: computed on the engine in float64, explained. */
export function FloatNote() {
  const t = useT();
  const price = mul(mul(tensor(100, { dtype: 'float64' }), 2), 1.1).item();
  const stored = (1.1).toPrecision(21);
  return (
    <section className="cg-panel cg-float" data-float-example={String(price)}>
      <h4>{t({ ko: `왜 220이 아니라 ${price}일까요?`, en: `Why ${price} and not 220?` })}</h4>
      <p>
        {t({
          ko: `엔진은 float64(배정밀도)로 계산합니다. 1.1은 2진수로 정확히 나타낼 수 없어서, 실제로 저장되는 값은 가장 가까운 float64인 ${stored}…입니다. 200에 이 값을 곱하면 220보다 아주 조금 큰 수가 되고, 그 결과를 가장 가까운 float64로 반올림하면 220 바로 다음 수가 됩니다. 이 수를 구별해 적을 수 있는 가장 짧은 10진 표기가 `,
          en: `The engine computes in float64 (double precision). 1.1 has no exact binary form, so what is stored is the nearest float64, ${stored}…. Multiplying 200 by it gives a number a hair above 220, and rounding that to the nearest float64 lands on the float64 just after 220. The shortest decimal that names that number is `,
        })}
        <code>{String(price)}</code>
        {t({
          ko: '입니다. 그래프는 유효숫자 6자리까지만 보여 주므로 220으로 보이지만, 마우스를 올린 툴팁과 data 속성에는 전체 값이 있습니다.',
          en: '. The graph shows at most 6 significant digits, so it reads 220; the tooltip and the data attributes keep the full value.',
        })}
      </p>
    </section>
  );
}
