import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLang } from '../../../state/lang';
import { clampValue, formatNumber, readNumericInput, snapToStep, type Refusal } from './numericInput';
import { refusalText } from './refusalMessage';
import { useDraft } from './useDraft';

export interface SliderProps {
  /** The variable this control sets; becomes `data-var` (tests and URLs find it by this). */
  name: string;
  /** Visible label (text or a <Tex>). */
  label: ReactNode;
  /** Accessible name, when the visible label is math; defaults to `name`. */
  ariaLabel?: string;
  value: number;
  /** The book's value, restored by the reset button. */
  defaultValue: number;
  /** The range of accepted values (typed, stepped or dragged). */
  min: number;
  max: number;
  /** The range the track covers, when narrower than [min, max] (e.g. softmax: drag ±20, type up to ±2000). */
  trackMin?: number;
  trackMax?: number;
  /** Arrow-key step; Shift+arrow moves by `fineStep` (default step / 10). */
  step: number;
  fineStep?: number;
  onChange: (value: number) => void;
}

/** A range input paired with a text field for exact entry; refuses bad input visibly and clamps to [min, max]. */
export function Slider({
  name,
  label,
  ariaLabel,
  value,
  defaultValue,
  min,
  max,
  trackMin = min,
  trackMax = max,
  step,
  fineStep = step / 10,
  onChange,
}: SliderProps) {
  const lang = useLang();
  const id = useId();
  const shown = clampValue(value, min, max, defaultValue);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useDraft(formatNumber(shown), editing);
  const [refusal, setRefusal] = useState<{ reason: Refusal; text: string; value: number } | null>(null);
  const accessibleName = ariaLabel ?? name;

  /** Takes a value as typed (exact), clamped into range. */
  function apply(next: number) {
    setRefusal(null);
    onChange(clampValue(next, min, max, defaultValue));
  }

  /** Takes a value from the range or a key step, on the fine-step grid. */
  function set(next: number) {
    apply(snapToStep(next, trackMin, fineStep));
  }

  function commit(text: string) {
    const read = readNumericInput(text, min, max, shown);
    if (read.ok) {
      apply(read.value);
    } else {
      onChange(read.value);
      setRefusal({ reason: read.reason, text: text.trim(), value: read.value });
    }
    setDraft(formatNumber(read.value));
  }

  function stepBy(e: KeyboardEvent<HTMLInputElement>): boolean {
    const unit = e.shiftKey ? fineStep : step;
    const moves: Record<string, number> = {
      ArrowRight: unit,
      ArrowUp: unit,
      ArrowLeft: -unit,
      ArrowDown: -unit,
      PageUp: step * 10,
      PageDown: -step * 10,
    };
    if (e.key in moves) {
      set(shown + (moves[e.key] ?? 0));
      return true;
    }
    if (e.key === 'Home' || e.key === 'End') {
      set(e.key === 'Home' ? min : max);
      return true;
    }
    return false;
  }

  return (
    <div className="slider" data-var={name} data-value={String(shown)}>
      <label className="slider-label" htmlFor={`${id}-range`}>
        {label}
      </label>
      <input
        id={`${id}-range`}
        className="slider-range"
        type="range"
        min={trackMin}
        max={trackMax}
        step={fineStep}
        value={clampValue(shown, trackMin, trackMax, defaultValue)}
        aria-label={accessibleName}
        aria-valuetext={`${accessibleName} = ${formatNumber(shown)}`}
        onChange={(e) => set(Number(e.currentTarget.value))}
        onKeyDown={(e) => stepBy(e) && e.preventDefault()}
      />
      <input
        className="slider-number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={lang === 'ko' ? `${accessibleName} 값 입력` : `${accessibleName} exact value`}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={`${id}-message`}
        value={draft}
        onFocus={() => setEditing(true)}
        onBlur={(e) => {
          setEditing(false);
          // Only an edit is committed on leaving; otherwise a refusal message stays put (no layout jump under a click).
          if (e.currentTarget.value !== formatNumber(shown)) commit(e.currentTarget.value);
        }}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const read = readNumericInput(text, min, max, shown);
          if (read.ok) apply(read.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
          else if (e.key === 'Escape') setDraft(formatNumber(shown));
          else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && stepBy(e)) e.preventDefault();
        }}
      />
      <button
        type="button"
        className="slider-reset"
        aria-label={
          lang === 'ko'
            ? `${accessibleName}을(를) 책의 값 ${formatNumber(defaultValue)}(으)로 되돌리기`
            : `Reset ${accessibleName} to the book's value ${formatNumber(defaultValue)}`
        }
        title={lang === 'ko' ? '책의 값으로' : "Book's value"}
        disabled={shown === defaultValue}
        onClick={() => set(defaultValue)}
      >
        <span aria-hidden="true">↺</span>
      </button>
      <p id={`${id}-message`} className="slider-message" aria-live="polite" data-refused={refusal?.reason}>
        {refusal && (
          <>
            <span aria-hidden="true">⚠ </span>
            {refusalText(refusal.reason, lang, { text: refusal.text, value: refusal.value, min, max })}
          </>
        )}
      </p>
    </div>
  );
}
