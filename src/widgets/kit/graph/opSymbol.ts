import type { OpName, TraceNode } from '../../../engine';
import { formatNumber } from '../controls/numericInput';

type Arg = { name: string } | { constant: number };

const plain: Partial<Record<OpName | 'leaf', string>> = {
  add: '+',
  sub: '−',
  mul: '×',
  div: '/',
  neg: '−',
  exp: 'exp',
  log: 'log',
  sigmoid: 'σ',
  relu: 'ReLU',
  tanh: 'tanh',
  step: 'step',
  leaf: '',
};

/** A number as it appears inside a symbol: −1 with a real minus sign. */
const num = (v: number) => formatNumber(v).replace('-', '−');

/**
 * The label of an op's circle. Two drawn inputs: the bare operator (×). One constant argument folds in:
 * mul(x, −1) → "×−1", add(x, 1) → "+1", div(1, x) → "1/". pow shows its exponent as the book does: "**2".
 */
export function opSymbol(node: TraceNode, args: readonly Arg[]): string {
  const { op } = node;
  if (node.op === 'pow') return `**${num(node.attrs.p)}`;
  const base = plain[op] ?? op;
  if (args.length !== 2) return base;
  const [a, b] = args;
  // x + (−0.2) reads as "−0.2", not "+−0.2".
  if (a && b && 'constant' in b && !('constant' in a))
    return op === 'add' && b.constant < 0 ? num(b.constant) : `${base}${num(b.constant)}`;
  if (a && b && 'constant' in a && !('constant' in b)) return `${num(a.constant)}${base}`;
  return base;
}
