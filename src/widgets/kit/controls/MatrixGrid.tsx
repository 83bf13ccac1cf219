import { useState, type ReactNode } from 'react';
import { useLang } from '../../../state/lang';
import { cellKey, type CellKey } from './cellKey';
import { NumberCell, type CellRefusal } from './NumberCell';
import { formatNumber } from './numericInput';
import { refusalText } from './refusalMessage';
import './matrixGrid.css';

/** A row-major matrix of numbers (vectors are one row). */
export interface MatrixValues {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly number[];
}

/** Which output cell the reader points at (hover or keyboard focus). */
export interface Pointed {
  matrix: string;
  r: number;
  c: number;
}

interface Editing {
  /** data-var of the grid (the shareable variable it sets). */
  varName: string;
  min: number;
  max: number;
  onChange: (index: number, value: number) => void;
}

interface MatrixGridProps {
  /** Matrix name as in the formulas (X, W, dY…); cells are keyed "<name>:r,c". */
  name: string;
  caption: ReactNode;
  m: MatrixValues;
  /** Present for inputs the reader edits; outputs are read-only and pointable. */
  editing?: Editing;
  highlighted: ReadonlySet<CellKey>;
  pointed?: Pointed | null;
  onPoint?: (p: Pointed | null) => void;
  /** Marks a backward result: cells then carry data-grad as well as data-value. */
  gradient?: boolean;
}

/** A small matrix with its shape: editable cells for inputs, pointable cells for results, with source cells highlighted. */
export function MatrixGrid({
  name,
  caption,
  m,
  editing,
  highlighted,
  pointed,
  onPoint,
  gradient = false,
}: MatrixGridProps) {
  const lang = useLang();
  const [refusal, setRefusal] = useState<CellRefusal | null>(null);
  const rows = Array.from({ length: m.rows }, (_, r) => r);
  const cols = Array.from({ length: m.cols }, (_, c) => c);
  return (
    <div className="matrix" data-matrix={name} data-var={editing?.varName} data-shape={`${m.rows},${m.cols}`}>
      <table className="matrix-table">
        <caption>{caption}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              {cols.map((c) => {
                const i = r * m.cols + c;
                const v = m.data[i] ?? NaN;
                const key = cellKey(name, r, c);
                const isPointed = pointed?.matrix === name && pointed.r === r && pointed.c === c;
                const className = [
                  'matrix-cell',
                  highlighted.has(key) ? 'is-source' : '',
                  isPointed ? 'is-pointed' : '',
                ]
                  .join(' ')
                  .trim();
                const where = `${name}[${r + 1},${c + 1}]`;
                if (editing) {
                  return (
                    <td key={c} className={className} data-cell={`${r},${c}`} data-value={String(v)}>
                      <NumberCell
                        className="matrix-input"
                        live
                        ariaLabel={where}
                        value={v}
                        min={editing.min}
                        max={editing.max}
                        onChange={(value) => editing.onChange(i, value)}
                        onRefuse={setRefusal}
                      />
                    </td>
                  );
                }
                return (
                  <td
                    key={c}
                    className={`${className} num`}
                    data-cell={`${r},${c}`}
                    data-value={String(v)}
                    data-grad={gradient ? String(v) : undefined}
                    tabIndex={onPoint ? 0 : undefined}
                    aria-label={onPoint ? `${where} = ${formatNumber(v)}` : undefined}
                    onMouseEnter={() => onPoint?.({ matrix: name, r, c })}
                    onMouseLeave={() => onPoint?.(null)}
                    onFocus={() => onPoint?.({ matrix: name, r, c })}
                    onBlur={() => onPoint?.(null)}
                  >
                    {formatNumber(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <p className="slider-message" aria-live="polite" data-refused={refusal?.reason}>
          {refusal && (
            <>
              <span aria-hidden="true">⚠ </span>
              {refusalText(refusal.reason, lang, {
                text: refusal.text,
                value: refusal.value,
                min: editing.min,
                max: editing.max,
              })}
            </>
          )}
        </p>
      )}
    </div>
  );
}
