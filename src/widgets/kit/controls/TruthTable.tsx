import type { ReactNode } from 'react';
import { rowKey } from './truthTable';
import './truthTable.css';

/** One column after x₁ and x₂: its header and what each row shows in it. */
export interface TruthColumn<R> {
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** Right-aligned, tabular digits. Default true. */
  num?: boolean;
}

export interface TruthTableProps<R extends { x1: number; x2: number }> {
  caption: ReactNode;
  /** The four rows, in the book's order (kit/controls/truthTable's `inputRows`). */
  rows: readonly R[];
  columns: readonly TruthColumn<R>[];
  /** The row's output, written as `data-output` (tests read the table by it). */
  output: (row: R) => number;
  /** The key ("x1,x2") of the row flowing through a drawing beside the table: marked aria-current. */
  selected?: string;
  /** More test-facing attributes per row, e.g. the weighted sum as `data-a`. */
  rowAttrs?: (row: R, index: number) => Record<`data-${string}`, string | number>;
  rowClassName?: (row: R, index: number) => string | undefined;
}

/** A two-input truth table: one row per input (x₁, x₂), keyed `data-row="x1,x2"`, its output in `data-output`. */
export function TruthTable<R extends { x1: number; x2: number }>(props: TruthTableProps<R>) {
  const { caption, rows, columns, output, selected, rowAttrs, rowClassName } = props;
  return (
    <table className="truth-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">x₁</th>
          <th scope="col">x₂</th>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const key = rowKey(r.x1, r.x2);
          return (
            <tr
              key={key}
              data-row={key}
              data-output={output(r)}
              aria-current={selected === key ? 'true' : undefined}
              className={rowClassName?.(r, i)}
              {...rowAttrs?.(r, i)}
            >
              <td>{r.x1}</td>
              <td>{r.x2}</td>
              {columns.map((c, j) => (
                <td key={j} className={c.num === false ? undefined : 'num'}>
                  {c.cell(r, i)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
