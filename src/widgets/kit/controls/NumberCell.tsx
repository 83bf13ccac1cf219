import { useState } from 'react';
import { formatNumber, readNumericInput, type Refusal } from './numericInput';
import { useDraft } from './useDraft';

/** A refused entry: what was typed, why it was refused, and the value kept instead. */
export interface CellRefusal {
  reason: Refusal;
  text: string;
  value: number;
}

export interface NumberCellProps {
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** Called with the refusal on a bad entry, and with null on a good one. */
  onRefuse: (refusal: CellRefusal | null) => void;
  ariaLabel: string;
  /** Take each valid number while it is typed (the grid recomputes live), not only on Enter or blur. */
  live?: boolean;
  refused?: boolean;
  className?: string;
  /** Test-facing attributes, e.g. { 'data-var': 'w12', 'data-value': '3' }. */
  attrs?: Record<`data-${string}`, string>;
}

/** One typed matrix entry: validated on Enter or blur, clamped into [min, max], Escape puts the value back. */
export function NumberCell(props: NumberCellProps) {
  const { value, min, max, onChange, onRefuse, ariaLabel, live = false, refused = false, className, attrs } = props;
  const [typing, setTyping] = useState(false);
  const [draft, setDraft] = useDraft(formatNumber(value), typing);

  function commit(text: string) {
    const read = readNumericInput(text, min, max, value);
    onChange(read.value);
    onRefuse(read.ok ? null : { reason: read.reason, text: text.trim(), value: read.value });
    setDraft(formatNumber(read.value));
  }

  return (
    <input
      className={className}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      aria-label={ariaLabel}
      aria-invalid={refused ? true : undefined}
      value={draft}
      {...attrs}
      onFocus={() => setTyping(true)}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        if (!live) return;
        const read = readNumericInput(e.currentTarget.value, min, max, value);
        if (read.ok) onChange(read.value);
      }}
      onBlur={(e) => {
        setTyping(false);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(e.currentTarget.value);
        else if (e.key === 'Escape') setDraft(formatNumber(value));
      }}
    />
  );
}
