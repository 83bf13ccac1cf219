import type { ButtonHTMLAttributes } from 'react';

export interface ChipButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'aria-pressed'> {
  /** For an on/off action (say, "reveal the answer"): announced as a toggle, drawn filled when on. */
  pressed?: boolean;
  /** Test-facing attributes, e.g. { 'data-action': 'reset' }. */
  [data: `data-${string}`]: string | number | boolean | undefined;
}

/** A one-off action in a widget's toolbar (reset the inputs, add a row, undo), drawn as a chip. */
export function ChipButton({ pressed, className, ...rest }: ChipButtonProps) {
  return <button type="button" className={className ? `chip ${className}` : 'chip'} aria-pressed={pressed} {...rest} />;
}
