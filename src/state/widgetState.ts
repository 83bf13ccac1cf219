import { createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import { createStore, useStore } from 'zustand';
import { MAX_PARAM_LENGTH, type Codec } from './codecs';

/**
 * Shareable widget state: every value a reader sets (a slider, a preset, an editor's text)
 * lives here under `<widget scope>.<key>` and is mirrored into the URL query, debounced,
 * so a copied link reopens exactly what the sender saw.
 */
interface WidgetStateStore {
  /** Formatted values by full key, exactly as they appear in the URL. */
  values: Record<string, string>;
  /** Full keys whose URL value was refused by its codec. */
  refused: string[];
}

/** Query parameters that are not widget state (e.g. instructor flags) and must survive a reset. */
const RESERVED = new Set(['noreveal']);

function readQuery(search: string): Record<string, string> {
  const values: Record<string, string> = {};
  if (search.length > 8 * MAX_PARAM_LENGTH) return values;
  for (const [key, value] of new URLSearchParams(search)) {
    if (key.includes('.') && key.length <= 80 && value.length <= MAX_PARAM_LENGTH) values[key] = value;
  }
  return values;
}

const hasWindow = typeof window !== 'undefined';

export const widgetStateStore = createStore<WidgetStateStore>(() => ({
  values: hasWindow ? readQuery(window.location.search) : {},
  refused: [],
}));

let writeTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes the store into the address bar (replaceState, so history is not flooded), 250 ms after the last change. */
function scheduleUrlWrite(): void {
  if (!hasWindow) return;
  clearTimeout(writeTimer);
  writeTimer = setTimeout(() => {
    const url = new URL(window.location.href);
    for (const key of [...url.searchParams.keys()]) if (key.includes('.') && !RESERVED.has(key)) url.searchParams.delete(key);
    for (const [key, value] of Object.entries(widgetStateStore.getState().values)) url.searchParams.set(key, value);
    const next = url.pathname + url.search + url.hash;
    if (next !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(window.history.state, '', next);
    }
  }, 250);
}

/** The current address with every widget's state written in now (no debounce), and an optional #anchor. */
export function shareUrl(anchor?: string): string {
  const url = new URL(window.location.href);
  url.search = currentSearch();
  url.hash = anchor ? `#${anchor}` : '';
  return url.toString();
}

/** The query string ("?…" or "") for the state as it is now, for moving to another view of the same chapter. */
export function currentSearch(): string {
  const params = new URLSearchParams(window.location.search);
  for (const key of [...params.keys()]) if (key.includes('.') && !RESERVED.has(key)) params.delete(key);
  for (const [key, value] of Object.entries(widgetStateStore.getState().values)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Re-reads the query after navigation (a new chapter, or back/forward). */
export function syncWidgetStateFromUrl(): void {
  if (!hasWindow) return;
  widgetStateStore.setState({ values: readQuery(window.location.search), refused: [] });
}

/** Clears every widget's state back to the book's values (and the URL with it). */
export function resetWidgetState(scope?: string): void {
  const { values } = widgetStateStore.getState();
  const kept = scope ? Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith(`${scope}.`))) : {};
  widgetStateStore.setState({ values: kept, refused: [] });
  scheduleUrlWrite();
}

/** The namespace of the widget being rendered (its kebab name, or the `id` a chapter gave it). */
export const WidgetScope = createContext<string>('widget');

export function useWidgetScope(): string {
  return useContext(WidgetScope);
}

/** Keys of this scope whose URL values were refused, for the figure's notice. */
export function useRefusedKeys(scope: string): string[] {
  const refused = useStore(widgetStateStore, (s) => s.refused);
  return useMemo(() => refused.filter((k) => k.startsWith(`${scope}.`)).map((k) => k.slice(scope.length + 1)), [refused, scope]);
}

type Update<T> = T | ((previous: T) => T);

/**
 * Like useState, but shareable: the value is read from and written to the URL under
 * `<scope>.<key>`, validated by `codec`. A value equal to `initial` (the book's) is left out of the URL.
 */
export function useWidgetState<T>(key: string, codec: Codec<T>, initial: T): [T, (next: Update<T>) => void] {
  const fullKey = `${useWidgetScope()}.${key}`;
  const text = useStore(widgetStateStore, (s) => s.values[fullKey]);
  const parsed = useMemo(() => (text === undefined ? undefined : codec.parse(text)), [text, codec]);
  const value = parsed ?? initial;
  const refusedNow = text !== undefined && parsed === undefined;

  useEffect(() => {
    if (!refusedNow) return;
    const { values, refused } = widgetStateStore.getState();
    const rest = { ...values };
    delete rest[fullKey];
    widgetStateStore.setState({ values: rest, refused: refused.includes(fullKey) ? refused : [...refused, fullKey] });
    scheduleUrlWrite();
  }, [refusedNow, fullKey]);

  const initialText = codec.format(initial);
  const set = useCallback(
    (next: Update<T>) => {
      const { values } = widgetStateStore.getState();
      const current = values[fullKey];
      const previous = current === undefined ? initial : codec.parse(current) ?? initial;
      const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
      const formatted = codec.format(resolved);
      const rest = { ...values };
      if (formatted === initialText) delete rest[fullKey];
      else rest[fullKey] = formatted;
      widgetStateStore.setState({ values: rest });
      scheduleUrlWrite();
    },
    // `initial` enters through its formatted text, so a new-but-equal object (an inline array) does not re-create
    // the setter on every render, which would re-run every effect that depends on it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fullKey, codec, initialText],
  );
  return [value, set];
}
