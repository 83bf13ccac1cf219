import { createElement, useMemo, type ReactNode } from 'react';
import { useT } from '../../../state/lang';
import { useHeldWhileEqual } from '../../../state/useHeldWhileEqual';
import { useWidgetStates, type StateSpecs, type WidgetStates } from '../../../state/widgetState';
import type { SliderProps } from '../controls/Slider';
import { Tex } from '../controls/Tex';
import { resolveSchema, type ParamOptions } from './resolveSchema';
import type { KeysOf, ListParam, NumberParam, OneOfParam, ParamLabel, ParamValues, Schema } from './param';

/** What a ChoiceChips needs from a one-of parameter; the widget adds the group's label and chip attribute. */
export interface ChipsParamProps<T extends string> {
  options: readonly T[];
  value: T;
  onChange: (option: T) => void;
  label?: string;
  labels?: Partial<Record<T, string>>;
}

type OneOfValue<P> = P extends OneOfParam<infer T> ? T : never;

export interface Params<S extends Schema> extends WidgetStates<ParamValues<S>> {
  /** The schema as this figure uses it (its book values and narrowed ranges applied). */
  schema: S;
  /** Ready-made props for each number's Slider (spread them; override `label` for a custom one). */
  slider: { readonly [K in KeysOf<S, NumberParam>]: SliderProps };
  /** Ready-made props for each one-of's ChoiceChips. */
  chips: { readonly [K in KeysOf<S, OneOfParam>]: ChipsParamProps<OneOfValue<S[K]>> };
  /** Slider props for entry i of each list. */
  item: { readonly [K in KeysOf<S, ListParam>]: (i: number) => SliderProps };
}

/**
 * A widget's parameters as shareable state (URL under `<scope>.<key>`, validated by codecs derived from the
 * declared ranges), with typed values, setters and the props for the kit's controls. `options` gives the
 * figure's own book values (a preset chosen by a prop) and narrower ranges (a start point that must lie on
 * the chosen surface): the codec is then derived from the narrowed range too, so URL and slider still agree.
 */
export function useParams<S extends Schema>(schema: S, options: ParamOptions<S> = {}): Params<S> {
  const t = useT();
  const held = useHeldWhileEqual(options, JSON.stringify(options));
  const resolved = useMemo(() => resolveSchema(schema, held), [schema, held]);
  const specs = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(resolved).map(([k, p]) => [k, { codec: p.codec, initial: p.book }]),
      ) as StateSpecs<ParamValues<S>>,
    [resolved],
  );
  const state = useWidgetStates(specs);
  const { values, set } = state;

  const label = (l: ParamLabel): ReactNode => ('tex' in l ? createElement(Tex, { math: l.tex }) : t(l));
  const aria = (l: ParamLabel, named?: { ko: string; en: string }): string | undefined =>
    named ? t(named) : 'tex' in l ? undefined : t(l);
  const range = (p: NumberParam | ListParam) => ({
    min: p.min,
    max: p.max,
    step: p.step,
    ...(p.fine === undefined ? {} : { fineStep: p.fine }),
    ...(p.track ? { trackMin: p.track.min, trackMax: p.track.max } : {}),
  });

  const slider: Record<string, SliderProps> = {};
  const chips: Record<string, ChipsParamProps<string>> = {};
  const item: Record<string, (i: number) => SliderProps> = {};
  for (const [k, p] of Object.entries(resolved)) {
    const value: unknown = values[k];
    const setter = set[k] as (next: unknown) => void;
    if (p.kind === 'number') {
      slider[k] = {
        name: k,
        label: label(p.label),
        ariaLabel: aria(p.label, p.aria),
        value: value as number,
        defaultValue: p.book,
        ...range(p),
        onChange: p.integer ? (v) => setter(Math.round(v)) : setter,
      };
    } else if (p.kind === 'oneOf') {
      const labels = p.labels
        ? Object.fromEntries(
            Object.entries(p.labels).map(([o, l]) => [
              o,
              typeof l === 'string' ? l : t(l as { ko: string; en: string }),
            ]),
          )
        : undefined;
      chips[k] = {
        options: p.options,
        value: value as string,
        onChange: setter,
        ...(p.label ? { label: t(p.label) } : {}),
        ...(labels ? { labels } : {}),
      };
    } else if (p.kind === 'list') {
      item[k] = (i) => ({
        name: p.itemName(i),
        label: label(p.itemLabel(i)),
        value: (value as number[])[i] ?? 0,
        defaultValue: p.book[i] ?? 0,
        ...range(p),
        onChange: (next) => setter((prev: number[]) => prev.map((v, j) => (j === i ? next : v))),
      });
    }
  }
  return { ...state, schema: resolved, slider, chips, item } as unknown as Params<S>;
}
