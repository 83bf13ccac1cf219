import { useState } from 'react';

/**
 * The text of a field the reader types into: it follows `text` (the value, formatted) whenever the reader is not
 * typing, and keeps their half-typed text while they are. Synced during render, as React recommends for state that
 * follows a prop (https://react.dev/learn/you-might-not-need-an-effect), not in an effect that renders twice.
 */
export function useDraft(text: string, typing = false): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(text);
  const [seen, setSeen] = useState({ text, typing });
  if (seen.text !== text || seen.typing !== typing) {
    setSeen({ text, typing });
    if (!typing) setDraft(text);
  }
  return [draft, setDraft];
}
