import { useMemo, useState } from 'react';
import { useT } from '../../state/lang';
import { Tex } from '../kit/controls/Tex';
import { affineSources } from './cellSources';
import { AffineShapeGraph } from './AffineShapeGraph';
import { runAffine } from './layerMath';
import { MatrixGrid, type Pointed } from '../kit/controls/MatrixGrid';
import { useMatrixState } from './useMatrixState';

const N = 2;
const D = 2;
const M = 3;
const LIMIT = 10;
const INITIAL = {
  X: [1, 2, -1, 0.5],
  W: [0.1, 0.3, 0.5, 0.2, 0.4, 0.6],
  b: [0.1, 0.2, 0.3],
  dY: [1, 0, -1, 0.5, 2, 0],
};
const ZERO_BIAS = [0, 0, 0];

/** The batched Affine layer: X (2,2)·W (2,3) + b (3) = Y (2,3), and dX = dY·Wᵀ, dW = Xᵀ·dY, db = Σₙ dY. */
export function AffinePanel() {
  const t = useT();
  const [X, setX] = useMatrixState('affine-x', N, D, INITIAL.X, -LIMIT, LIMIT);
  const [Wm, setW] = useMatrixState('affine-w', D, M, INITIAL.W, -LIMIT, LIMIT);
  const [b, setB] = useMatrixState('affine-b', 1, M, INITIAL.b, -LIMIT, LIMIT);
  const [dY, setDY] = useMatrixState('affine-dy', N, M, INITIAL.dY, -LIMIT, LIMIT);
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const result = useMemo(() => runAffine(X, Wm, b.data, dY), [X, Wm, b, dY]);
  // X·W alone (the dot node's output) is the same layer with a zero bias.
  const XW = useMemo(() => runAffine(X, Wm, ZERO_BIAS, dY).Y, [X, Wm, dY]);
  const highlighted = new Set(pointed ? affineSources(pointed.matrix, pointed.r, pointed.c, { n: N, d: D, m: M }) : []);
  const common = { highlighted, pointed, onPoint: setPointed };
  const edit = (varName: string, onChange: (i: number, v: number) => void) => ({
    varName,
    min: -LIMIT,
    max: LIMIT,
    onChange,
  });
  const i = (pointed?.r ?? 0) + 1;
  const j = (pointed?.c ?? 0) + 1;
  const explain: Record<string, string> = {
    Y: t({
      ko: `Y[${i},${j}] = X의 ${i}행 · W의 ${j}열 + b[${j}]`,
      en: `Y[${i},${j}] = row ${i} of X · column ${j} of W + b[${j}]`,
    }),
    dX: t({
      ko: `dX[${i},${j}] = dY의 ${i}행 · Wᵀ의 ${j}열 (= W의 ${j}행)`,
      en: `dX[${i},${j}] = row ${i} of dY · column ${j} of Wᵀ (= row ${j} of W)`,
    }),
    dW: t({
      ko: `dW[${i},${j}] = Xᵀ의 ${i}행 (= X의 ${i}열) · dY의 ${j}열`,
      en: `dW[${i},${j}] = row ${i} of Xᵀ (= column ${i} of X) · column ${j} of dY`,
    }),
    db: t({
      ko: `db[${j}] = dY의 ${j}열을 배치 전체에 걸쳐 더한 값`,
      en: `db[${j}] = column ${j} of dY summed over the batch`,
    }),
  };

  return (
    <div className="layer-panel" data-layer="affine">
      <Tex
        display
        math={String.raw`Y = XW + B,\quad \frac{\partial L}{\partial X} = \frac{\partial L}{\partial Y}W^{\mathsf T},\quad \frac{\partial L}{\partial W} = X^{\mathsf T}\frac{\partial L}{\partial Y},\quad \frac{\partial L}{\partial B} = \sum_{n}\frac{\partial L}{\partial Y_n}`}
      />
      <div className="layer-row">
        <h4>{t({ ko: '순전파', en: 'Forward' })}</h4>
        <MatrixGrid name="X" caption={`X (${N},${D})`} m={X} editing={edit('affine-x', setX)} {...common} />
        <span className="layer-arrow" aria-hidden="true">
          ·
        </span>
        <MatrixGrid name="W" caption={`W (${D},${M})`} m={Wm} editing={edit('affine-w', setW)} {...common} />
        <span className="layer-arrow" aria-hidden="true">
          +
        </span>
        <MatrixGrid name="b" caption={`b (${M})`} m={b} editing={edit('affine-b', setB)} {...common} />
        <span className="layer-arrow" aria-hidden="true">
          =
        </span>
        <MatrixGrid name="Y" caption={`Y (${N},${M})`} m={result.Y} {...common} />
      </div>
      <div className="layer-row">
        <h4>{t({ ko: '역전파', en: 'Backward' })}</h4>
        <MatrixGrid name="dY" caption={`∂L/∂Y (${N},${M})`} m={dY} editing={edit('affine-dy', setDY)} {...common} />
        <span className="layer-arrow" aria-hidden="true">
          →
        </span>
        <MatrixGrid name="dX" caption={`∂L/∂X (${N},${D})`} m={result.dX} gradient {...common} />
        <MatrixGrid name="dW" caption={`∂L/∂W (${D},${M})`} m={result.dW} gradient {...common} />
        <MatrixGrid name="db" caption={`∂L/∂b (${M})`} m={result.db} gradient {...common} />
      </div>
      <p className="layer-explain" aria-live="polite">
        {pointed && explain[pointed.matrix] !== undefined
          ? explain[pointed.matrix]
          : t({
              ko: '결과 칸(Y, dX, dW, db)을 가리키면 그 값을 만든 칸이 강조됩니다.',
              en: 'Point at (or Tab to) a result in Y, dX, dW or db to highlight the entries it came from.',
            })}
      </p>
      <AffineShapeGraph X={X} Wm={Wm} b={b} Y={result.Y} XW={XW} dX={result.dX} dW={result.dW} db={result.db} dY={dY} />
      <p className="layer-summary">
        {t({
          ko: '각 기울기는 미분한 대상과 형상이 같습니다: dX는 X처럼 (2,2), dW는 W처럼 (2,3), db는 b처럼 (3).',
          en: 'Each gradient has the shape of what it differentiates: dX is (2,2) like X, dW is (2,3) like W, db is (3) like b.',
        })}
      </p>
    </div>
  );
}
