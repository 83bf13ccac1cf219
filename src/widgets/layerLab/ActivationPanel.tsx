import { useMemo, useState } from 'react';
import { useT } from '../../state/lang';
import { formatReadout } from '../kit/format';
import { Tex } from '../kit/controls/Tex';
import { activationSources } from './cellSources';
import { matrix, runActivation, type ActivationKind } from './layerMath';
import { MatrixGrid, type Pointed } from '../kit/controls/MatrixGrid';
import { useMatrixState } from './useMatrixState';

const ROWS = 2;
const COLS = 3;
const INITIAL_X = [1, -0.5, 2, -2, 3, 0.5];
const INITIAL_DOUT = [1, 2, 3, 4, 5, 6];
const LIMIT = 10;
const ONES = matrix(ROWS, COLS, Array<number>(ROWS * COLS).fill(1));

/** ReLU or Sigmoid on a (2,3) batch: forward y = f(x), backward dx = dout ⊙ f′, with the entries behind a pointed result highlighted. */
export function ActivationPanel({ kind }: { kind: ActivationKind }) {
  const t = useT();
  const [x, setX] = useMatrixState(`${kind}-x`, ROWS, COLS, INITIAL_X, -LIMIT, LIMIT);
  const [dout, setDout] = useMatrixState(`${kind}-dout`, ROWS, COLS, INITIAL_DOUT, -LIMIT, LIMIT);
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const { y, dx, mask } = useMemo(() => runActivation(kind, x, dout), [kind, x, dout]);
  // f′ itself is the backward of an upstream gradient of ones: 1/0 for ReLU, y(1 − y) for Sigmoid.
  const local = useMemo(() => runActivation(kind, x, ONES).dx, [kind, x]);
  const highlighted = new Set(pointed ? activationSources(pointed.matrix, pointed.r, pointed.c) : []);
  const shape = `(${ROWS},${COLS})`;
  const common = { highlighted, pointed, onPoint: setPointed };
  const where = pointed ? `[${pointed.r + 1},${pointed.c + 1}]` : '';
  const explain = !pointed
    ? t({
        ko: '결과 칸에 마우스를 올리거나 Tab으로 이동하면, 그 값을 만든 입력 칸이 강조됩니다.',
        en: 'Point at (or Tab to) a result to highlight the entries it came from.',
      })
    : pointed.matrix === 'y'
      ? t({ ko: `y${where}는 x${where} 하나에서만 나옵니다.`, en: `y${where} comes from x${where} alone.` })
      : kind === 'relu'
        ? t({
            ko: `dx${where} = dout${where} × (x${where} > 0 ? 1 : 0): 마스크가 통과시키거나 막습니다.`,
            en: `dx${where} = dout${where} × (1 if x${where} > 0, else 0): the mask lets it through or blocks it.`,
          })
        : t({
            ko: `dx${where} = dout${where} × y${where}(1 − y${where}): 출력 y만으로 계산합니다.`,
            en: `dx${where} = dout${where} × y${where}(1 − y${where}): computed from the output y alone.`,
          });

  return (
    <div className="layer-panel" data-layer={kind}>
      <Tex
        display
        math={
          kind === 'relu'
            ? String.raw`y = \max(0, x),\quad \frac{\partial L}{\partial x} = \frac{\partial L}{\partial y}\cdot\begin{cases}1 & x > 0\\ 0 & x \le 0\end{cases}`
            : String.raw`y = \frac{1}{1 + e^{-x}},\quad \frac{\partial L}{\partial x} = \frac{\partial L}{\partial y}\, y(1 - y)`
        }
      />
      <div className="layer-row">
        <h4>{t({ ko: '순전파', en: 'Forward' })}</h4>
        <MatrixGrid
          name="x"
          caption={`x ${shape}`}
          m={x}
          editing={{ varName: `${kind}-x`, min: -LIMIT, max: LIMIT, onChange: setX }}
          {...common}
        />
        <span className="layer-arrow" aria-hidden="true">
          →
        </span>
        <MatrixGrid name="y" caption={`y ${shape}`} m={y} {...common} />
      </div>
      <div className="layer-row">
        <h4>{t({ ko: '역전파', en: 'Backward' })}</h4>
        <MatrixGrid
          name="dout"
          caption={`∂L/∂y ${shape}`}
          m={dout}
          editing={{ varName: `${kind}-dout`, min: -LIMIT, max: LIMIT, onChange: setDout }}
          {...common}
        />
        <span className="layer-arrow" aria-hidden="true">
          ×
        </span>
        {kind === 'relu' ? (
          <MatrixGrid
            name="mask"
            caption={t({ ko: `마스크 x > 0 ${shape}`, en: `mask x > 0 ${shape}` })}
            m={mask}
            {...common}
          />
        ) : (
          <MatrixGrid name="local" caption={`y(1 − y) ${shape}`} m={local} {...common} />
        )}
        <span className="layer-arrow" aria-hidden="true">
          =
        </span>
        <MatrixGrid name="dx" caption={`∂L/∂x ${shape}`} m={dx} gradient {...common} />
      </div>
      <p className="layer-explain" aria-live="polite">
        {explain}
      </p>
      <p className="layer-summary">
        {kind === 'relu'
          ? t({
              ko: `통과한 기울기: ${mask.data.filter((v) => v === 1).length}/${ROWS * COLS}칸`,
              en: `Gradient passed through at ${mask.data.filter((v) => v === 1).length} of ${ROWS * COLS} entries`,
            })
          : t({
              ko: `y(1 − y)의 최댓값 ${formatReadout(Math.max(...local.data))} (이론상 최대 0.25)`,
              en: `Largest y(1 − y) here: ${formatReadout(Math.max(...local.data))} (never more than 0.25)`,
            })}
      </p>
    </div>
  );
}
