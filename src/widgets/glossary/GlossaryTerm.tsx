import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useLang } from '../../state/lang';
import { glossaryById } from './glossaryData';
import './glossary.css';

/**
 * A term's first use in a chapter (marked at build time by scripts/mdx/rehypeGlossary.ts):
 * hover, focus or press it to see the term in both languages and a short definition.
 */
export function GlossaryTerm({ term, children }: { term: string; children?: ReactNode }) {
  const lang = useLang();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const tip = useRef<HTMLSpanElement>(null);
  const [shift, setShift] = useState(0);
  const entry = glossaryById.get(term);
  const shown = open || pinned;

  // Keep the tooltip inside the viewport when the term sits near the right edge (measured unshifted, on opening).
  useLayoutEffect(() => {
    if (!shown || !tip.current) return setShift(0);
    const overflow = tip.current.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    setShift(Math.max(0, overflow));
  }, [shown]);

  if (!entry) return <>{children}</>;
  const other = lang === 'ko' ? 'en' : 'ko';

  return (
    <span
      className="glossary-term"
      data-term={term}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="glossary-term-button"
        aria-describedby={`${id}-tip`}
        aria-expanded={shown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setPinned(false);
        }}
        onClick={() => setPinned((p) => !p)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
            setPinned(false);
          }
        }}
      >
        {children}
      </button>
      <span
        role="tooltip"
        id={`${id}-tip`}
        ref={tip}
        className="glossary-tooltip"
        hidden={!shown}
        style={{ transform: `translateX(${-shift}px)` }}
      >
        <strong>{entry[lang]}</strong> · <span lang={other}>{entry[other]}</span>
        <span className="glossary-tooltip-def">{entry.def[lang]}</span>
      </span>
    </span>
  );
}
