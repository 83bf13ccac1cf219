import { add, div, exp, log, mul, neg, pow, relu, sigmoid, sub, tanh, tensor, type Tensor } from '../../engine';
import { variable, type Values } from '../kit/graph/examples';
import type { Expr } from './parseExpression';

const functions = { exp, log, sigmoid, relu, tanh };
const binary = { '+': add, '-': sub, '*': mul, '/': div };

/** The expression as an engine graph: one variable node per name (shared where a name repeats). */
export function buildExpression(expr: Expr, values: Values): Tensor {
  const vars = new Map<string, Tensor>();
  const build = (e: Expr): Tensor => {
    switch (e.kind) {
      case 'num':
        return tensor(e.value, { dtype: 'float64' });
      case 'var': {
        const existing = vars.get(e.name);
        if (existing) return existing;
        const v = variable(values, e.name);
        vars.set(e.name, v);
        return v;
      }
      case 'neg':
        return neg(build(e.arg));
      case 'bin':
        return binary[e.op](build(e.left), build(e.right));
      case 'pow':
        return pow(build(e.base), e.exponent);
      case 'call':
        return functions[e.fn](build(e.arg));
    }
  };
  return build(expr);
}
