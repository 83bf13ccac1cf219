import { useT } from '../../state/lang';
import { formatReadout, formatTex } from '../kit/format';
import { Num } from '../kit/format/Num';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './loss.css';
import { crossEntropyTerms, squaredError } from './lossTerms';
import { NegLogPlot } from './NegLogPlot';
import { useParams } from '../kit/params/useParams';
import { lossModes, lossParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

type Mode = (typeof lossModes)[number];

/** A bar showing one term's share of the total. */
function Share({ part, total }: { part: number; total: number }) {
  const pct = total > 0 ? (100 * part) / total : 0;
  return (
    <span className="loss-share">
      <span className="loss-share-bar" style={{ width: `${Math.min(100, pct)}%` }} />
      <span className="loss-share-text">{formatReadout(total > 0 ? part / total : 0, 'percent')}</span>
    </span>
  );
}

/** MSE and cross-entropy for a prediction you edit against a label, with every term's contribution. */
export default function Loss({ mode: initialMode = 'regression' }: { mode?: Mode }) {
  const t = useT();
  const p = useParams(lossParams, { book: { mode: initialMode } });
  const { mode, y1, y2, t1, t2, p1, p2, p3, label } = p.values;
  const reg = squaredError([y1, y2], [t1, t2]);
  const probs = [p1, p2, p3];
  const onehot = probs.map((_, k) => (k === label ? 1 : 0));
  const ce = crossEntropyTerms(probs, label);
  const cls = squaredError(probs, onehot);

  return (
    <WidgetRoot
      className="loss"
      data-mode={mode}
      data-sse={String(reg.sum)}
      data-half-sse={String(reg.half)}
      data-mean-se={String(reg.mean)}
      data-ce={String(ce.total)}
    >
      <ChoiceChips
        label={t({ ko: '문제 종류', en: 'Kind of problem' })}
        chipAttr="data-mode-choice"
        {...p.chips.mode}
        labels={{
          regression: t({ ko: '회귀: 제곱 오차', en: 'Regression: squared error' }),
          classification: t({ ko: '분류: 교차 엔트로피', en: 'Classification: cross-entropy' }),
        }}
      />
      {mode === 'regression' ? (
        <div className="loss-body">
          <div>
            <Slider {...p.slider.y1} />
            <Slider {...p.slider.y2} />
            <Slider {...p.slider.t1} />
            <Slider {...p.slider.t2} />
          </div>
          <div>
            <table className="loss-table">
              <caption>{t({ ko: '항마다의 제곱 오차', en: 'Squared error, term by term' })}</caption>
              <thead>
                <tr>
                  <th scope="col">k</th>
                  <th scope="col">
                    <Tex math="y_k" />
                  </th>
                  <th scope="col">
                    <Tex math="t_k" />
                  </th>
                  <th scope="col">
                    <Tex math="(y_k-t_k)^2" />
                  </th>
                  <th scope="col">{t({ ko: '몫', en: 'Share' })}</th>
                </tr>
              </thead>
              <tbody>
                {reg.terms.map((term, k) => (
                  <tr key={k} data-term={k + 1} data-value={String(term)}>
                    <td>{k + 1}</td>
                    <td className="num">
                      <Num value={[y1, y2][k] ?? 0} />
                    </td>
                    <td className="num">
                      <Num value={[t1, t2][k] ?? 0} />
                    </td>
                    <td className="num">
                      <Num value={term} />
                    </td>
                    <td>
                      <Share part={term} total={reg.sum} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Tex
              display
              math={`L = \\sum_k (y_k - t_k)^2 = ${reg.terms.map((v) => formatTex(v)).join(' + ')} = ${formatTex(reg.sum)}`}
            />
            <ul className="loss-conventions">
              <li data-convention="sum">
                <strong>{t({ ko: '합', en: 'Sum' })}</strong> <Tex math="\sum_k (y_k-t_k)^2" /> ={' '}
                <span className="num">
                  <Num value={reg.sum} />
                </span>{' '}
                {t({ ko: '(강의 노트의 L)', en: "(the notes' L)" })}
              </li>
              <li data-convention="half">
                <strong>{t({ ko: '반 합', en: 'Half sum' })}</strong> <Tex math="\tfrac12\sum_k (y_k-t_k)^2" /> ={' '}
                <span className="num">
                  <Num value={reg.half} />
                </span>{' '}
                {t({
                  ko: '(밑바닥부터 시작하는 딥러닝, 이 책의 엔진)',
                  en: '(Deep Learning from Scratch; our engine)',
                })}
              </li>
              <li data-convention="mean">
                <strong>{t({ ko: '평균', en: 'Mean' })}</strong> <Tex math="\tfrac1n\sum_k (y_k-t_k)^2" /> ={' '}
                <span className="num">
                  <Num value={reg.mean} />
                </span>{' '}
                {t({ ko: '(통계의 MSE)', en: '(the statistician’s MSE)' })}
              </li>
            </ul>
          </div>
        </div>
      ) : (
        <div className="loss-body">
          <div>
            <ChoiceChips
              kind="radios"
              label={t({ ko: '정답 클래스', en: 'True class' })}
              groupAttrs={{ 'data-var': 'label', 'data-value': String(label) }}
              chipAttr="data-label-choice"
              options={[1, 2, 3]}
              value={label + 1}
              onChange={(k) => p.set.label(k - 1)}
              labels={(k) => t({ ko: `정답 ${k}`, en: `Label ${k}` })}
            />
            {(['p1', 'p2', 'p3'] as const).map((k) => (
              <Slider key={k} {...p.slider[k]} />
            ))}
            <NegLogPlot y={probs[label] ?? 0} />
          </div>
          <div>
            <table className="loss-table">
              <caption>{t({ ko: '항마다의 기여', en: 'Each term’s contribution' })}</caption>
              <thead>
                <tr>
                  <th scope="col">k</th>
                  <th scope="col">
                    <Tex math="y_k" />
                  </th>
                  <th scope="col">
                    <Tex math="t_k" />
                  </th>
                  <th scope="col">
                    <Tex math="-t_k\log y_k" />
                  </th>
                  <th scope="col">
                    <Tex math="\tfrac12(y_k-t_k)^2" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {probs.map((p, k) => (
                  <tr
                    key={k}
                    data-term={k + 1}
                    data-ce-term={String(ce.terms[k] ?? 0)}
                    className={k === label ? 'loss-true-row' : undefined}
                  >
                    <td>
                      {k + 1}
                      {k === label && (
                        <span>
                          {' '}
                          ✓<span className="sr-only">{t({ ko: ' 정답', en: ' true class' })}</span>
                        </span>
                      )}
                    </td>
                    <td className="num">
                      <Num value={p} />
                    </td>
                    <td className="num">{onehot[k]}</td>
                    <td className="num">
                      <Num value={ce.terms[k] ?? 0} />
                    </td>
                    <td className="num">
                      <Num value={(cls.terms[k] ?? 0) / 2} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Tex display math={`E = -\\log(${formatTex(probs[label] ?? 0)} + 10^{-7}) = ${formatTex(ce.total)}`} />
            <p>
              {t({ ko: '제곱 오차(반 합)', en: 'Squared error (half sum)' })}:{' '}
              <span className="num">
                <Num value={cls.half} />
              </span>
            </p>
            {Math.abs(ce.mass - 1) > 1e-9 && (
              <p className="verdict verdict-bad" role="status" data-mass={String(ce.mass)}>
                {t({
                  ko: `⚠ 확률의 합이 ${formatReadout(ce.mass)}입니다. 소프트맥스 출력이라면 언제나 1입니다. 교차 엔트로피는 정답 칸만 보므로 다른 칸을 바꿔도 값이 그대로입니다.`,
                  en: `⚠ These probabilities add up to ${formatReadout(ce.mass)}; a softmax output always adds up to 1. Cross-entropy looks only at the true class, so changing the other entries leaves it unchanged.`,
                })}
              </p>
            )}
          </div>
        </div>
      )}
    </WidgetRoot>
  );
}
