import { useId, useState } from 'react';
import { integerCodec, numberListCodec } from '../../state/codecs';
import { useLang, useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import { formatReadout, formatTex } from '../kit/format';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './matmul.css';
import { ChipButton } from '../kit/controls/ChipButton';
import { NumberCell, type CellRefusal } from '../kit/controls/NumberCell';
import { refusalText } from '../kit/controls/refusalMessage';
import { at, multiply, resize, type Grid } from './matmulModel';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const LIMIT = 100;
const MAX_DIM = 4;
const dimCodec = integerCodec(1, MAX_DIM);
const xCodec = numberListCodec(1, MAX_DIM, -LIMIT, LIMIT);
const wCodec = numberListCodec(1, MAX_DIM * MAX_DIM, -LIMIT, LIMIT);
const BOOK_X = [1, 2];
const BOOK_W = [1, 3, 5, 2, 4, 6];

/** A refused cell: which one (x1, w12…) and what happened. */
interface NamedRefusal extends CellRefusal {
  name: string;
}
const dims = Array.from({ length: MAX_DIM }, (_, i) => i + 1);

/** X (n,) · W (r, m): type into any cell, hover or focus an output to see the row and column that make it. */
export default function Matmul() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [x, setX] = useWidgetState('x', xCodec, BOOK_X);
  const [rows, setRows] = useWidgetState('rows', dimCodec, 2);
  const [cols, setCols] = useWidgetState('cols', dimCodec, 3);
  const [wValues, setW] = useWidgetState('w', wCodec, BOOK_W);
  const [focus, setFocus] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<NamedRefusal | null>(null);
  const w: Grid = { rows, cols, values: wValues };
  const product = multiply(x, w);

  const reshapeW = (r: number, c: number) => {
    setW(resize(w, r, c).values as number[]);
    setRows(r);
    setCols(c);
    setFocus(null);
  };
  const setXLength = (n: number) => {
    setX(Array.from({ length: n }, (_, i) => x[i] ?? 0));
    setFocus(null);
  };
  const refusedValue = (r: NamedRefusal) =>
    (r.name.startsWith('x') ? x[Number(r.name.slice(1)) - 1] : at(w, Number(r.name[1]) - 1, Number(r.name[2]) - 1)) ??
    0;
  /** One editable entry named `name` (x1, w12…): its data-var and data-value are what tests and URLs read. */
  const cell = (name: string, label: string, value: number, lit: boolean, onChange: (n: number) => void) => (
    <NumberCell
      key={name}
      value={value}
      min={-LIMIT}
      max={LIMIT}
      onChange={onChange}
      onRefuse={(r) => setRefusal(r && { ...r, name })}
      refused={refusal?.name === name}
      ariaLabel={lang === 'ko' ? `${label} 값` : `${label} value`}
      className={lit ? 'matrix-cell matmul-lit' : 'matrix-cell'}
      attrs={{ 'data-var': name, 'data-value': String(value) }}
    />
  );
  const shapeSelect = (key: string, label: string, value: number, onPick: (n: number) => void) => (
    <label className="matmul-shape-field">
      {label}
      <select data-var={key} value={value} onChange={(e) => onPick(Number(e.currentTarget.value))}>
        {dims.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <WidgetRoot
      className="matmul"
      data-status={product.ok ? 'ok' : 'mismatch'}
      data-focus-col={focus === null ? '' : String(focus + 1)}
    >
      <fieldset className="widget-toolbar matmul-shape">
        <legend>{t({ ko: '모양 바꾸기', en: 'Shapes' })}</legend>
        {shapeSelect('xLength', t({ ko: 'X의 길이', en: 'X length' }), x.length, setXLength)}
        {shapeSelect('wRows', t({ ko: 'W의 행', en: 'W rows' }), rows, (r) => reshapeW(r, cols))}
        {shapeSelect('wCols', t({ ko: 'W의 열', en: 'W columns' }), cols, (c) => reshapeW(rows, c))}
        <ChipButton
          onClick={() => {
            setX(BOOK_X);
            setW(BOOK_W);
            setRows(2);
            setCols(3);
            setRefusal(null);
          }}
        >
          {t({ ko: '책의 예로', en: "Book's example" })}
        </ChipButton>
      </fieldset>
      <div className="matmul-row">
        <div className="matmul-block">
          <span className="matmul-name">
            <Tex math={`X\\;(${x.length},)`} />
          </span>
          <div className="matmul-grid" style={{ gridTemplateColumns: `repeat(${x.length}, 4.2rem)` }}>
            {x.map((v, i) =>
              cell(`x${i + 1}`, `x${i + 1}`, v, focus !== null, (n) =>
                setX((prev) => prev.map((p, j) => (j === i ? n : p))),
              ),
            )}
          </div>
        </div>
        <span className="matmul-op" aria-hidden="true">
          ·
        </span>
        <div className="matmul-block">
          <span className="matmul-name">
            <Tex math={`W\\;(${rows}, ${cols})`} />
          </span>
          <div className="matmul-grid" style={{ gridTemplateColumns: `repeat(${cols}, 4.2rem)` }}>
            {Array.from({ length: rows * cols }, (_, i) => {
              const r = Math.floor(i / cols);
              const c = i % cols;
              const name = `w${r + 1}${c + 1}`;
              const label = t({ ko: `W ${r + 1}행 ${c + 1}열`, en: `W row ${r + 1} column ${c + 1}` });
              return cell(name, label, at(w, r, c), focus === c, (n) =>
                setW(resize(w, rows, cols).values.map((p, j) => (j === i ? n : p))),
              );
            })}
          </div>
        </div>
        <span className="matmul-op" aria-hidden="true">
          =
        </span>
        <div className="matmul-block">
          <span className="matmul-name">
            <Tex math={product.ok ? `Y\\;(${cols},)` : 'Y\\;?'} />
          </span>
          {product.ok ? (
            <div
              className="matmul-grid"
              style={{ gridTemplateColumns: `repeat(${cols}, 4.2rem)` }}
              onMouseLeave={() => setFocus(null)}
            >
              {product.y.map((v, j) => (
                <button
                  key={j}
                  type="button"
                  className={focus === j ? 'matmul-out matmul-lit' : 'matmul-out'}
                  data-node={`y${j + 1}`}
                  data-value={String(v)}
                  aria-describedby={`${id}-explain`}
                  aria-label={`y${j + 1} = ${formatReadout(v)}`}
                  onMouseEnter={() => setFocus(j)}
                  onFocus={() => setFocus(j)}
                  onBlur={() => setFocus(null)}
                >
                  {formatReadout(v)}
                </button>
              ))}
            </div>
          ) : (
            <div className="matmul-grid">
              <span className="matmul-out matmul-none">✗</span>
            </div>
          )}
        </div>
      </div>
      <p className="slider-message matmul-message" aria-live="polite" data-refused={refusal?.reason}>
        {refusal && (
          <>
            <span aria-hidden="true">⚠ </span>
            {refusal.name}:{' '}
            {refusalText(refusal.reason, lang, {
              text: refusal.text,
              value: refusedValue(refusal),
              min: -LIMIT,
              max: LIMIT,
            })}
          </>
        )}
      </p>
      <div id={`${id}-explain`} className="matmul-explain" aria-live="polite">
        {!product.ok ? (
          <p className="verdict verdict-bad" data-verdict="mismatch">
            {t({
              ko: `✗ 곱할 수 없습니다. X에는 수가 ${product.xLength}개인데 W는 ${product.wRows}행입니다. 출력 하나는 X의 모든 수에 W의 한 열의 가중치를 하나씩 곱해 더한 값이므로, X의 길이와 W의 행 수가 같아야 합니다: (${product.xLength},)·(${product.wRows}, ${cols})에서 ${product.xLength} ≠ ${product.wRows}.`,
              en: `✗ These cannot be multiplied. X has ${product.xLength} numbers but W has ${product.wRows} rows. Each output multiplies every number of X by one weight from a column of W and adds them up, so X's length must equal W's number of rows: in (${product.xLength},)·(${product.wRows}, ${cols}), ${product.xLength} ≠ ${product.wRows}.`,
            })}
          </p>
        ) : focus !== null ? (
          <p data-explain={`y${focus + 1}`}>
            <Tex
              math={`y_${focus + 1} = ${x.map((v, i) => `x_${i + 1} w_{${i + 1}${focus + 1}}`).join(' + ')} = ${x.map((v, i) => `${formatTex(v)} \\cdot ${formatTex(at(w, i, focus))}`).join(' + ')} = ${formatTex(product.y[focus] ?? 0)}`}
            />
          </p>
        ) : (
          <p className="matmul-hint">
            {t({
              ko: '출력 칸에 마우스를 올리거나 Tab으로 초점을 옮기면, 그 칸을 만드는 X의 행과 W의 열이 강조됩니다.',
              en: 'Hover over an output cell, or Tab to it, to light up the row of X and the column of W that make it.',
            })}
          </p>
        )}
      </div>
    </WidgetRoot>
  );
}
