import { useId, type ReactNode } from 'react';

export interface ChoiceChipsProps<T extends string | number> {
  /** The group's accessible name (a visible legend when `showLabel`, else its aria-label). */
  label: string;
  showLabel?: boolean;
  options: readonly T[];
  /** The pressed option; null or undefined when none is (say, hand-edited values that match no preset). */
  value: T | null | undefined;
  onChange: (option: T) => void;
  /** What each chip says, by option or as a function (default: the option itself). */
  labels?: Partial<Record<T, ReactNode>> | ((option: T) => ReactNode);
  /** The attribute each chip carries its option in, e.g. 'data-init-choice': tests and links find chips by it. */
  chipAttr?: `data-${string}`;
  /** Data attributes of the group itself, e.g. { 'data-var': 'optimizer', 'data-value': 'adam' }. */
  groupAttrs?: Record<`data-${string}`, string>;
  className?: string;
  disabled?: boolean;
  /**
   * 'buttons' (default): toggle buttons with aria-pressed. 'radios': native radio inputs inside the chips, for a
   * choice that arrow keys move through (say, which input row flows through a graph); `chipAttr` goes on each input.
   */
  kind?: 'buttons' | 'radios';
  /** Shown after the chips, inside the group (e.g. the chosen formula). */
  children?: ReactNode;
}

/** A row of chips choosing one of a few options, in a named group: toggle buttons, or radios (`kind="radios"`). */
export function ChoiceChips<T extends string | number>(props: ChoiceChipsProps<T>) {
  const {
    label,
    showLabel = false,
    options,
    value,
    onChange,
    labels,
    chipAttr,
    groupAttrs,
    className,
    disabled = false,
    children,
  } = props;
  const { kind = 'buttons' } = props;
  const radioName = useId();
  const text = (o: T) => (typeof labels === 'function' ? labels(o) : (labels?.[o] ?? o));
  const radios = options.map((o) => (
    <label key={o} className="chip">
      <input
        type="radio"
        name={radioName}
        checked={value === o}
        disabled={disabled}
        onChange={() => onChange(o)}
        {...(chipAttr ? { [chipAttr]: o } : {})}
      />
      {text(o)}
    </label>
  ));
  const buttons = options.map((o) => (
    <button
      key={o}
      type="button"
      className="chip"
      aria-pressed={value === o}
      disabled={disabled}
      onClick={() => onChange(o)}
      {...(chipAttr ? { [chipAttr]: o } : {})}
    >
      {text(o)}
    </button>
  ));
  const chips = kind === 'radios' ? radios : buttons;
  const classes = className ? `widget-toolbar ${className}` : 'widget-toolbar';
  if (showLabel) {
    return (
      <fieldset className={classes} {...groupAttrs}>
        <legend>{label}</legend>
        {chips}
        {children}
      </fieldset>
    );
  }
  return (
    <div className={classes} role={kind === 'radios' ? 'radiogroup' : 'group'} aria-label={label} {...groupAttrs}>
      {chips}
      {children}
    </div>
  );
}
