import { useMemo, useState } from 'react';
import { useT } from '../../state/lang';
import { formatReadout } from '../kit/format';
import { Num } from '../kit/format/Num';
import { Tex } from '../kit/controls/Tex';
import { softmaxSources } from './cellSources';
import { matrix, nudgeTowardsAnswer, runSoftmaxWithLoss } from './layerMath';
import { MatrixGrid, type Pointed } from '../kit/controls/MatrixGrid';
import { useMatrixState } from './useMatrixState';
import { useParams } from '../kit/params/useParams';
import { softmaxClasses, softmaxPanelParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { ChipButton } from '../kit/controls/ChipButton';

const K = softmaxClasses;
const BOOK_Y = [0.3, 0.2, 0.5];

/** Softmax-with-Loss for one example: the reader sets the softmax output y and the right class; the layer sends back y − t. */
export function SoftmaxPanel() {
  const t = useT();
  const [yIn, setYCell, setYAll] = useMatrixState('swl-y', 1, K, BOOK_Y, 0.001, 1);
  const p = useParams(softmaxPanelParams);
  const { 'swl-t': target } = p.values;
  const setTarget = p.set['swl-t'];
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const out = useMemo(() => runSoftmaxWithLoss(yIn.data, target), [yIn, target]);
  const highlighted = new Set(pointed ? softmaxSources(pointed.matrix, pointed.r, pointed.c, K) : []);
  const common = { highlighted, pointed, onPoint: setPointed };
  const sum = yIn.data.reduce((s, v) => s + v, 0);
  const errorSize = out.dx.reduce((s, v) => s + Math.abs(v), 0);

  return (
    <div className="layer-panel" data-layer="softmax-with-loss" data-loss={String(out.loss)}>
      <Tex
        display
        math={String.raw`L = -\sum_k t_k \log y_k,\quad \frac{\partial L}{\partial x_k} = \frac{y_k - t_k}{N}\ \ (N = 1)`}
      />
      <ChoiceChips
        label={t({ ko: '정답 클래스 t', en: 'The right answer t' })}
        showLabel
        chipAttr="data-target-class"
        options={Array.from({ length: K }, (_, k) => k)}
        value={target}
        onChange={setTarget}
        labels={(k) => t({ ko: `클래스 ${k + 1}`, en: `class ${k + 1}` })}
      />
      <div className="layer-row">
        <h4>{t({ ko: '순전파', en: 'Forward' })}</h4>
        <MatrixGrid
          name="y"
          caption={t({ ko: 'softmax 출력 y (3)', en: 'softmax output y (3)' })}
          m={yIn}
          editing={{ varName: 'swl-y', min: 0.001, max: 1, onChange: setYCell }}
          {...common}
        />
        <MatrixGrid
          name="t"
          caption={t({ ko: '정답 레이블 t (3)', en: 'label t (3)' })}
          m={matrix(1, K, out.t)}
          {...common}
        />
        <p className="layer-loss" data-node="loss" data-value={String(out.loss)}>
          L = −log y<sub>{target + 1}</sub> ={' '}
          <strong>
            <Num value={out.loss} />
          </strong>
        </p>
      </div>
      {Math.abs(sum - 1) > 1e-9 && (
        <p className="layer-explain" data-normalised="true">
          {t({
            ko: `입력한 y의 합이 ${formatReadout(sum)}이라 합이 1이 되도록 나눴습니다: y = (${out.y.map((v) => formatReadout(v)).join(', ')}).`,
            en: `The y you typed adds up to ${formatReadout(sum)}, so it was scaled to sum to 1: y = (${out.y.map((v) => formatReadout(v)).join(', ')}).`,
          })}
        </p>
      )}
      <div className="layer-row">
        <h4>{t({ ko: '역전파', en: 'Backward' })}</h4>
        <MatrixGrid name="dx" caption="∂L/∂x = y − t (3)" m={matrix(1, K, out.dx)} gradient {...common} />
        <ChipButton data-action="nudge" onClick={() => setYAll(nudgeTowardsAnswer(yIn.data, target))}>
          {t({ ko: 'y를 정답 쪽으로 반만큼 옮기기', en: 'Move y half-way to the answer' })}
        </ChipButton>
        <ChipButton
          data-action="reset"
          onClick={() => {
            setYAll(BOOK_Y);
            setTarget(softmaxPanelParams['swl-t'].book);
          }}
        >
          {t({ ko: '책의 값 (0.3, 0.2, 0.5)', en: "Book's y (0.3, 0.2, 0.5)" })}
        </ChipButton>
      </div>
      <p
        className={errorSize > 0.5 ? 'verdict verdict-bad' : 'verdict verdict-ok'}
        role="status"
        data-error-size={String(errorSize)}
      >
        {errorSize > 0.5
          ? t({
              ko: `✗ 오차가 큽니다 (|y − t|의 합 ${formatReadout(errorSize)}): 앞 계층들이 크게 고쳐집니다.`,
              en: `✗ A large error (sum of |y − t| = ${formatReadout(errorSize)}): the layers before it get a big correction.`,
            })
          : t({
              ko: `✓ 정답에 가깝습니다 (|y − t|의 합 ${formatReadout(errorSize)}): 돌려보내는 오차도 작습니다.`,
              en: `✓ Close to the answer (sum of |y − t| = ${formatReadout(errorSize)}): the error sent back is small too.`,
            })}
      </p>
    </div>
  );
}
