import { useState } from 'react';

/**
 * `value` as first seen, for as long as its `text` (a serialisation) stays the same: a new-but-equal object
 * (an inline array, an options literal) then keeps its identity, so memos and setters built on it hold.
 * React's "store information from previous renders" pattern, without a ref read during render.
 */
export function useHeldWhileEqual<T>(value: T, text: string): T {
  const [held, setHeld] = useState({ text, value });
  if (held.text !== text) setHeld({ text, value });
  return held.text === text ? held.value : value;
}
