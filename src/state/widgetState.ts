import { createContext, useContext, useEffect, useMemo } from 'react';
import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { MAX_PARAM_LENGTH, type Codec } from './codecs';
import { useHeldWhileEqual } from './useHeldWhileEqual';

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
    for (const key of [...url.searchParams.keys()])
      if (key.includes('.') && !RESERVED.has(key)) url.searchParams.delete(key);
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
  return useMemo(
    () => refused.filter((k) => k.startsWith(`${scope}.`)).map((k) => k.slice(scope.length + 1)),
    [refused, scope],
  );
}

export type Update<T> = T | ((previous: T) => T);

/** One piece of shareable state: how it is written into the URL, and the book's value (left out of the URL). */
export interface StateSpec<T> {
  codec: Codec<T>;
  initial: T;
}

/** A spec per key; the keys are the URL keys inside the widget's scope. */
export type StateSpecs<V> = { readonly [K in keyof V]: StateSpec<V[K]> };

export interface WidgetStates<V> {
  values: V;
  /** One setter per key, like useState's. */
  set: { readonly [K in keyof V]: (next: Update<V[K]>) => void };
  /** Sets several keys in one store update (one URL write), e.g. a preset. */
  patch: (next: Partial<V>) => void;
}

/** The stored text for `value`, or undefined when it is the book's (so the URL leaves it out). */
function textFor<T>(spec: StateSpec<T>, value: T): string | undefined {
  const formatted = spec.codec.format(value);
  return formatted === spec.codec.format(spec.initial) ? undefined : formatted;
}

/**
 * Several pieces of shareable state at once, with one store subscription: each value is read from and
 * written to the URL under `<scope>.<key>`, validated by its codec; a value equal to its `initial` is left
 * out. A refused URL value is dropped and reported (useRefusedKeys). `specs` must keep its identity between
 * renders (a module constant, or memoized), or the setters are re-created on every render.
 */
export function useWidgetStates<V extends Record<string, unknown>>(specs: StateSpecs<V>): WidgetStates<V> {
  const scope = useWidgetScope();
  const keys = useMemo(() => Object.keys(specs) as (keyof V & string)[], [specs]);
  const texts = useStore(
    widgetStateStore,
    useShallow((s) => keys.map((k) => s.values[`${scope}.${k}`])),
  );
  const parsed = useMemo(
    () =>
      keys.map((k, i) => {
        const text = texts[i];
        return text === undefined ? undefined : specs[k].codec.parse(text);
      }),
    [keys, texts, specs],
  );
  const values = useMemo(
    () => Object.fromEntries(keys.map((k, i) => [k, parsed[i] ?? specs[k].initial])) as V,
    [keys, parsed, specs],
  );
  const refusedNow = keys
    .filter((_, i) => texts[i] !== undefined && parsed[i] === undefined)
    .map((k) => `${scope}.${k}`)
    .join('\n');

  useEffect(() => {
    if (!refusedNow) return;
    const { values: stored, refused } = widgetStateStore.getState();
    const rest = { ...stored };
    const more = refusedNow.split('\n');
    for (const fullKey of more) delete rest[fullKey];
    widgetStateStore.setState({ values: rest, refused: [...refused, ...more.filter((k) => !refused.includes(k))] });
    scheduleUrlWrite();
  }, [refusedNow]);

  const setters = useMemo(() => {
    /** Writes resolved values into the store: the codec's text, or nothing when it is the book's. */
    const write = (resolve: (key: keyof V & string, previous: unknown) => { value: unknown } | undefined) => {
      const { values: stored } = widgetStateStore.getState();
      const rest = { ...stored };
      for (const k of keys) {
        const spec = specs[k] as StateSpec<unknown>;
        const fullKey = `${scope}.${k}`;
        const current = stored[fullKey];
        const previous = current === undefined ? spec.initial : (spec.codec.parse(current) ?? spec.initial);
        const next = resolve(k, previous);
        if (!next) continue;
        const text = textFor(spec, next.value);
        if (text === undefined) delete rest[fullKey];
        else rest[fullKey] = text;
      }
      widgetStateStore.setState({ values: rest });
      scheduleUrlWrite();
    };
    const set = Object.fromEntries(
      keys.map((key) => [
        key,
        (next: Update<unknown>) =>
          write((k, previous) =>
            k !== key
              ? undefined
              : { value: typeof next === 'function' ? (next as (p: unknown) => unknown)(previous) : next },
          ),
      ]),
    ) as WidgetStates<V>['set'];
    const patch = (next: Partial<V>) => write((k) => (k in next ? { value: next[k] } : undefined));
    return { set, patch };
  }, [keys, specs, scope]);
  return useMemo(() => ({ values, ...setters }), [values, setters]);
}

/**
 * Like useState, but shareable: the value is read from and written to the URL under
 * `<scope>.<key>`, validated by `codec`. A value equal to `initial` (the book's) is left out of the URL.
 */
export function useWidgetState<T>(key: string, codec: Codec<T>, initial: T): [T, (next: Update<T>) => void] {
  // `initial` enters through its formatted text, so a new-but-equal object (an inline array) keeps the specs.
  const held = useHeldWhileEqual(initial, codec.format(initial));
  const specs = useMemo(
    () => ({ [key]: { codec, initial: held } }) as StateSpecs<Record<string, T>>,
    [key, codec, held],
  );
  const { values, set } = useWidgetStates(specs);
  return [values[key] as T, set[key] as (next: Update<T>) => void];
}
