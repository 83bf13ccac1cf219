import { useId } from 'react';
import { oneOfCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { inputRows } from './gates';

/** The four inputs as "x1,x2" keys, in the book's order. */
export const rowKeys = inputRows.map(([a, b]) => `${a},${b}`);
export const rowCodec = oneOfCodec(rowKeys);

/** A radio group choosing which truth-table row flows through the drawn network (arrow keys move it). */
export function RowChooser({ value, onChange }: { value: string; onChange: (row: string) => void }) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="widget-toolbar">
      <legend>{t({ ko: '그래프에 흘려 보낼 입력 행', en: 'Input row flowing through the graph' })}</legend>
      {rowKeys.map((key) => (
        <label key={key} className="chip">
          <input type="radio" name={`${id}-row`} checked={value === key} onChange={() => onChange(key)} data-row-choice={key} />
          ({key.replace(',', ', ')})
        </label>
      ))}
    </fieldset>
  );
}
