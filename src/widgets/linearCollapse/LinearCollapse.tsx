import { useT } from '../../state/lang';
import { formatReadout, formatTex } from '../kit/format';
import { Num } from '../kit/format/Num';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './linearCollapse.css';
import { oneLayer, stackOfThree } from './collapse';
import { useParams } from '../kit/params/useParams';
import { collapseParams } from './params';
import { LinearityChecks } from './LinearityChecks';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

/** Inputs of the comparison table: both signs, so ReLU's bend shows. */
const SAMPLE_XS = [-2, -1, 0, 1, 2];

/** Three stacked layers with the same activation h: linear ones collapse into y = c³·x, ReLU ones do not. */
export default function LinearCollapse() {
  const t = useT();
  const p = useParams(collapseParams);
  const { h: mode, c, x } = p.values;
  const [h1, h2, h3] = stackOfThree(mode, c, [x]).map((v) => v[0] ?? Number.NaN) as [number, number, number];
  // The single layer we compare with: c³·x for linear h; for ReLU the line k·x through the network's value at x = 1.
  const k = mode === 'linear' ? c * c * c : (stackOfThree('relu', c, [1])[2][0] ?? 0);
  const single = mode === 'linear' ? (oneLayer(c, [x])[0] ?? Number.NaN) : k * x;
  const tableNet = stackOfThree(mode, c, SAMPLE_XS)[2];
  const tableOne = SAMPLE_XS.map((v) => k * v);
  const collapses = tableNet.every((v, i) => Math.abs(v - (tableOne[i] ?? Number.NaN)) < 1e-9);
  const hTex = mode === 'linear' ? `h(u) = ${formatTex(c)}\\,u` : 'h(u) = \\max(0, u)';
  const stages: [string, string, number][] = [
    ['x', 'x', x],
    ['h1', 'h(x)', h1],
    ['h2', 'h(h(x))', h2],
    ['h3', 'y = h(h(h(x)))', h3],
  ];

  return (
    <WidgetRoot className="linear-collapse" data-mode={mode} data-collapses={String(collapses)}>
      <ChoiceChips
        label={t({ ko: '은닉층의 활성화 함수', en: 'Activation of the three layers' })}
        chipAttr="data-mode-choice"
        {...p.chips.h}
      />
      <Tex display math={hTex} />
      {mode === 'linear' && <Slider {...p.slider.c} />}
      <Slider {...p.slider.x} />
      <ol
        className="collapse-chain"
        aria-label={t({ ko: '세 층을 지나는 값', en: 'The value through the three layers' })}
      >
        {stages.map(([node, label, v]) => (
          <li key={node} data-node={node} data-value={String(v)}>
            <span className="collapse-chain-label">{label}</span>
            <span className="collapse-chain-value num">
              <Num value={v} />
            </span>
          </li>
        ))}
      </ol>
      <p className="collapse-one" data-node="one-layer" data-value={String(single)}>
        {mode === 'linear' ? (
          <Tex
            math={`\\text{${t({ ko: '한 층', en: 'one layer' })}: } y = c^3 x = ${formatTex(c)}^3 \\cdot ${formatTex(x)} = ${formatTex(k)} \\cdot ${formatTex(x)} = ${formatTex(single)}`}
          />
        ) : (
          <Tex
            math={`\\text{${t({ ko: 'x = 1에 맞춘 한 층', en: 'one layer fitted at x = 1' })}: } y = ${formatTex(k)}\\,x = ${formatTex(single)}`}
          />
        )}
      </p>
      <table className="collapse-table">
        <caption>
          {t({ ko: '세 층 네트워크와 한 층 y = k·x 비교', en: 'Three layers against one layer y = k·x' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">x</th>
            <th scope="col">{t({ ko: '세 층', en: 'three layers' })}</th>
            <th scope="col">{`k·x (k = ${formatReadout(k)})`}</th>
            <th scope="col">{t({ ko: '같음?', en: 'same?' })}</th>
          </tr>
        </thead>
        <tbody>
          {SAMPLE_XS.map((v, i) => {
            const same = Math.abs((tableNet[i] ?? 0) - (tableOne[i] ?? 0)) < 1e-9;
            return (
              <tr key={v} data-row={v} data-same={String(same)} className={same ? undefined : 'row-bad'}>
                <td className="num">{v}</td>
                <td className="num">
                  <Num value={tableNet[i] ?? Number.NaN} />
                </td>
                <td className="num">
                  <Num value={tableOne[i] ?? Number.NaN} />
                </td>
                <td>
                  {same ? '✓' : '✗'}
                  <span className="sr-only">
                    {same ? t({ ko: ' 같음', en: ' same' }) : t({ ko: ' 다름', en: ' different' })}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p
        className={collapses ? 'verdict verdict-ok' : 'verdict verdict-bad'}
        role="status"
        data-verdict={collapses ? 'collapses' : 'no-collapse'}
      >
        {collapses
          ? t({
              ko: `✓ 세 층이 한 층 y = ${formatReadout(k)}·x와 모든 x에서 같습니다. 층을 쌓은 의미가 없습니다.`,
              en: `✓ The three layers equal the single layer y = ${formatReadout(k)}·x for every x: stacking them bought nothing.`,
            })
          : t({
              ko: '✗ 어떤 k로도 y = k·x가 세 층과 같아지지 않습니다. x = 1에서는 k = 1이어야 하지만 x = −1에서는 출력이 0입니다. ReLU 층은 한 층의 선형 변환으로 접히지 않습니다.',
              en: '✗ No single k makes y = k·x match: x = 1 needs k = 1, but at x = −1 the network gives 0. ReLU layers do not fold into one linear layer.',
            })}
      </p>
      <LinearityChecks mode={mode} c={c} />
    </WidgetRoot>
  );
}
