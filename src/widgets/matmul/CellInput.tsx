import { useEffect, useState } from 'react';
import { useLang } from '../../state/lang';
import { formatNumber, readNumericInput, type Refusal } from '../kit/controls/numericInput';
import { refusalText } from '../kit/controls/refusalMessage';

/** A refused entry: which cell, and the sentence that says what happened. */
export interface CellRefusal {
  name: string;
  reason: Refusal;
  text: string;
}

interface Props {
  /** The variable this cell sets: becomes data-var. */
  name: string;
  ariaLabel: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  onRefuse: (refusal: CellRefusal | null) => void;
  refused: boolean;
  className?: string;
}

/** The visible sentence for a refused cell, in the shared wording of the Slider. */
export function refusalSentence(r: CellRefusal, value: number, min: number, max: number, lang: 'ko' | 'en'): string {
  return `${r.name}: ${refusalText(r.reason, lang, { text: r.text, value, min, max })}`;
}

/** One editable matrix entry: validates on Enter or blur, clamps into [min, max], and reports refusals to its grid. */
export function CellInput({ name, ariaLabel, value, min, max, onChange, onRefuse, refused, className }: Props) {
  const [draft, setDraft] = useState(formatNumber(value));
  const [editing, setEditing] = useState(false);
  const lang = useLang();
  useEffect(() => {
    if (!editing) setDraft(formatNumber(value));
  }, [value, editing]);

  function commit(text: string) {
    const read = readNumericInput(text, min, max, value);
    onChange(read.value);
    onRefuse(read.ok ? null : { name, reason: read.reason, text: text.trim() });
    setDraft(formatNumber(read.value));
  }

  return (
    <input
      className={className ? `matrix-cell ${className}` : 'matrix-cell'}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      data-var={name}
      data-value={String(value)}
      aria-label={lang === 'ko' ? `${ariaLabel} 값` : `${ariaLabel} value`}
      aria-invalid={refused ? true : undefined}
      value={draft}
      onFocus={() => setEditing(true)}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={(e) => {
        setEditing(false);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(e.currentTarget.value);
        else if (e.key === 'Escape') setDraft(formatNumber(value));
      }}
    />
  );
}
