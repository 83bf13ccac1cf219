import { formatExact, formatReadout, isApproxZero, type ReadoutKind } from '../format';
import './num.css';

/**
 * A readout: the formatted number, with every digit in `title` for a pointer. A readout that says "≈ 0"
 * hides the whole value, so only that one is a Tab stop: focus shows the exact value, and screen readers
 * hear it after the rounded text.
 */
export function Num({ value, kind = 'value' }: { value: number; kind?: ReadoutKind }) {
  const text = formatReadout(value, kind);
  const exact = formatExact(value);
  if (isApproxZero(text)) {
    return (
      <span className="num-readout num-approx" title={exact} data-exact={exact} tabIndex={0}>
        {text}
        <span className="sr-only"> ({exact})</span>
      </span>
    );
  }
  return (
    <span className="num-readout" title={exact === text ? undefined : exact}>
      {text}
    </span>
  );
}
