import type { ReactNode } from 'react';

export interface ChipCheckboxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The visible label, also the checkbox's accessible name. */
  children: ReactNode;
  /** Test-facing attributes of the checkbox itself, e.g. { 'data-var': 'bug' }. */
  inputAttrs?: Record<`data-${string}`, string>;
  disabled?: boolean;
}

/** One on/off setting with a sentence for a label (e.g. "plant a bug"), drawn as a chip around a checkbox. */
export function ChipCheckbox({ checked, onChange, children, inputAttrs, disabled = false }: ChipCheckboxProps) {
  return (
    <label className="chip">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
        {...inputAttrs}
      />
      {children}
    </label>
  );
}
