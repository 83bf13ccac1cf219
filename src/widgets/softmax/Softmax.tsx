import { useT } from '../../state/lang';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './softmax.css';
import { naiveSoftmax, stableSoftmax } from './softmaxColumns';
import { SoftmaxBars } from './SoftmaxBars';
import { useParams } from '../kit/params/useParams';
import { softmaxParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { ChipButton } from '../kit/controls/ChipButton';
import { WidgetRoot } from '../kit/figure/WidgetRoot';
import { formatReadout, formatTex } from '../kit/format';

const { minLength: MIN_N, maxLength: MAX_N } = softmaxParams.a;
const presets: { id: string; values: number[] }[] = [
  { id: 'book', values: [...softmaxParams.a.book] },
  { id: 'overflow', values: [1010, 1000, 990] },
  { id: 'equal', values: [1, 1, 1] },
];

/** Shows a number or, for the naive column, the Infinity/NaN it really produced. */
const show = (v: number) => formatReadout(v);

/** Softmax of editable scores a1…an: the stable engine result as bars, next to the naive formula that overflows. */
export default function Softmax() {
  const t = useT();
  const {
    values: { a },
    set: { a: setA },
    item,
  } = useParams(softmaxParams);
  const naive = naiveSoftmax(a);
  const stable = stableSoftmax(a);
  const naiveBroken = naive.y.some((v) => !Number.isFinite(v));

  return (
    <WidgetRoot className="softmax" data-n={a.length} data-naive-ok={String(!naiveBroken)}>
      <ChoiceChips
        label={t({ ko: '입력 예시', en: 'Example inputs' })}
        chipAttr="data-preset"
        options={presets.map((p) => p.id)}
        value={presets.find((p) => a.join(',') === p.values.join(','))?.id}
        labels={(id) => presets.find((p) => p.id === id)?.values.join(', ')}
        onChange={(id) => setA(presets.find((p) => p.id === id)?.values ?? a)}
      />
      <div className="softmax-inputs">
        {a.map((_, i) => (
          <Slider key={i} {...item.a(i)} />
        ))}
        <div className="softmax-count">
          <ChipButton data-action="add" disabled={a.length >= MAX_N} onClick={() => setA((prev) => [...prev, 0])}>
            {t({ ko: '+ 입력 추가', en: '+ Add an input' })}
          </ChipButton>
          <ChipButton
            data-action="remove"
            disabled={a.length <= MIN_N}
            onClick={() => setA((prev) => prev.slice(0, -1))}
          >
            {t({ ko: '− 마지막 입력 빼기', en: '− Remove the last input' })}
          </ChipButton>
          <span className="softmax-count-note">
            {t({ ko: `입력 ${a.length}개 (2–6개)`, en: `${a.length} inputs (2 to 6)` })}
          </span>
        </div>
      </div>
      <div className="softmax-body">
        <div
          className="softmax-table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t({ ko: '계산 표 (옆으로 스크롤)', en: 'Table of the computation (scrolls sideways)' })}
        >
          <table className="softmax-table">
            <caption>
              {t({ ko: '그대로 계산 대 최댓값을 뺀 계산', en: 'Naive formula against the stable one' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">k</th>
                <th scope="col">
                  <Tex math="a_k" />
                </th>
                <th scope="col">
                  {t({ ko: '그대로', en: 'naive' })} <Tex math="e^{a_k}" />
                </th>
                <th scope="col">
                  {t({ ko: '그대로', en: 'naive' })} <Tex math="y_k" />
                </th>
                <th scope="col">
                  <Tex math={`e^{a_k - ${formatTex(stable.shift)}}`} />
                </th>
                <th scope="col">
                  {t({ ko: '안정', en: 'stable' })} <Tex math="y_k" />
                </th>
              </tr>
            </thead>
            <tbody>
              {a.map((v, i) => (
                <tr key={i} data-row={i + 1} data-naive={String(naive.y[i])}>
                  <th scope="row">{i + 1}</th>
                  <td className="num">{show(v)}</td>
                  <td className={Number.isFinite(naive.exps[i]) ? 'num' : 'num softmax-broken'}>
                    {show(naive.exps[i] ?? Number.NaN)}
                  </td>
                  <td className={Number.isFinite(naive.y[i]) ? 'num' : 'num softmax-broken'}>
                    {show(naive.y[i] ?? Number.NaN)}
                  </td>
                  <td className="num">{show(stable.exps[i] ?? Number.NaN)}</td>
                  <td className="num">
                    <strong>{show(stable.y[i] ?? Number.NaN)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Σ</th>
                <td />
                <td className="num">{show(naive.total)}</td>
                <td className="num">{show(naive.y.reduce((s, v) => s + v, 0))}</td>
                <td className="num">{show(stable.total)}</td>
                <td className="num">{show(stable.y.reduce((s, v) => s + v, 0))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <SoftmaxBars y={stable.y} />
      </div>
      <p
        className={naiveBroken ? 'verdict verdict-bad' : 'verdict verdict-ok'}
        role="status"
        data-verdict={naiveBroken ? 'naive-overflows' : 'both-agree'}
      >
        {naiveBroken
          ? t({
              ko: `✗ 그대로 계산하면 e^a가 부동소수점의 한계(약 1.8×10³⁰⁸)를 넘어 Infinity가 되고, Infinity/Infinity는 NaN입니다. 최댓값 ${show(stable.shift)}을(를) 빼면 지수가 0 이하가 되어 안전합니다.`,
              en: `✗ The naive formula overflows: e^a exceeds the largest double (about 1.8×10³⁰⁸) and becomes Infinity, and Infinity/Infinity is NaN. Subtracting the max ${show(stable.shift)} keeps every exponent at or below 0.`,
            })
          : t({
              ko: '✓ 두 계산이 같은 확률을 줍니다. 출력은 0과 1 사이이고 합은 1이며, 입력의 크기 순서가 그대로 유지됩니다.',
              en: '✓ Both give the same probabilities: each between 0 and 1, summing to 1, in the same order as the inputs.',
            })}
      </p>
    </WidgetRoot>
  );
}
