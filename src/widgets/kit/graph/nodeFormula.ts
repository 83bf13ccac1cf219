import { formatNumber } from '../controls/numericInput';
import { formatReadout } from '../format';
import type { GraphNode } from './graphModel';

const infix: Partial<Record<GraphNode['op'], string>> = { add: '+', sub: '−', mul: '×', div: '/' };

/** How a node is computed, in plain text: "apple_price = apple × apple_num", "d = b + 1", "y = σ(x)". */
export function nodeFormula(node: GraphNode): string {
  if (node.kind === 'input') return node.name;
  const args = node.args.map((a) => ('constant' in a ? formatNumber(a.constant) : a.name));
  const op = infix[node.op];
  let rhs: string;
  if (op && args.length === 2) rhs = `${args[0]} ${op} ${args[1]}`;
  else if (node.op === 'pow') rhs = `${args[0]}${node.symbol}`;
  else if (node.op === 'neg') rhs = `−${args[0]}`;
  else rhs = `${node.symbol}(${args.join(', ')})`;
  return `${node.name} = ${rhs}`;
}

/** A number for reading (the kit's readout format), with "undefined" instead of NaN or ±Infinity. */
export function shownNumber(v: number, undefinedText: string): string {
  return Number.isFinite(v) ? formatReadout(v) : undefinedText;
}
