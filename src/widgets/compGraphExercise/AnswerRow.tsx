import { useId, useState } from 'react';
import { useLang, useT, type Bilingual } from '../../state/lang';
import { readNumericInput, type Refusal } from '../kit/controls/numericInput';
import { Num } from '../kit/format/Num';
import { refusalText } from '../kit/controls/refusalMessage';
import { useDraft } from '../kit/controls/useDraft';
import { ANSWER_RANGE } from './answers';

interface AnswerRowProps {
  name: string;
  output: string;
  answer: number | undefined;
  verdict: 'right' | 'wrong' | 'empty' | null;
  hint: Bilingual;
  revealed: number | null;
  onAnswer: (value: number | undefined) => void;
}

/** One empty box of the exercise: ∂output/∂name, validated like every number field, with a hint and a verdict. */
export function AnswerRow({ name, output, answer, verdict, hint, revealed, onAnswer }: AnswerRowProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [draft, setDraft] = useDraft(answer === undefined ? '' : String(answer));
  const [refusal, setRefusal] = useState<{ reason: Refusal; text: string; value: number | undefined } | null>(null);
  const [showHint, setShowHint] = useState(false);

  function commit(text: string) {
    if (text.trim() === '') {
      setRefusal(null);
      onAnswer(undefined);
      return;
    }
    const read = readNumericInput(text, ANSWER_RANGE.min, ANSWER_RANGE.max, answer ?? Number.NaN);
    const kept = Number.isNaN(read.value) ? undefined : read.value;
    setRefusal(read.ok ? null : { reason: read.reason, text: text.trim(), value: kept });
    onAnswer(kept);
    setDraft(kept === undefined ? '' : String(kept));
  }

  const message = refusal
    ? refusal.value === undefined
      ? t({
          ko: `“${refusal.text}”은(는) 숫자가 아닙니다. 칸을 비워 둡니다.`,
          en: `“${refusal.text}” is not a number, so the box was left empty.`,
        })
      : refusalText(refusal.reason, lang, {
          text: refusal.text,
          value: refusal.value,
          min: ANSWER_RANGE.min,
          max: ANSWER_RANGE.max,
        })
    : '';
  return (
    <li className="cgx-row" data-answer={name} data-verdict={verdict ?? undefined}>
      <label htmlFor={`${id}-in`} className="cgx-label">
        <code>{`∂${output}/∂${name}`}</code>
      </label>
      <input
        id={`${id}-in`}
        className="cgx-input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
      <span className="cgx-verdict" aria-live="polite">
        {verdict === 'right' && <span className="verdict-ok">✓ {t({ ko: '맞습니다', en: 'right' })}</span>}
        {verdict === 'wrong' && <span className="verdict-bad">✗ {t({ ko: '다시 해 보세요', en: 'not yet' })}</span>}
        {verdict === 'empty' && <span className="cgx-empty">… {t({ ko: '비어 있음', en: 'empty' })}</span>}
        {revealed !== null && (
          <span className="cgx-revealed" data-revealed={String(revealed)}>
            {' '}
            = <Num value={revealed} />
          </span>
        )}
      </span>
      <button
        type="button"
        className="cgx-hint-button"
        aria-expanded={showHint}
        onClick={() => setShowHint(!showHint)}
        aria-label={t({ ko: `${name} 힌트`, en: `Hint for ${name}` })}
      >
        {t({ ko: '힌트', en: 'Hint' })}
      </button>
      <p id={`${id}-msg`} className="slider-message cgx-message" aria-live="polite" data-refused={refusal?.reason}>
        {message && (
          <>
            <span aria-hidden="true">⚠ </span>
            {message}
          </>
        )}
      </p>
      {showHint && (
        <p className="cgx-hint" data-hint={name}>
          {t(hint)}
        </p>
      )}
    </li>
  );
}
