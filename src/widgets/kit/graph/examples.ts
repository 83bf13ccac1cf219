import { add, div, exp, mul, pow, sigmoid, tensor, type Tensor } from '../../../engine';
import type { Bilingual } from '../../../state/lang';

/** A variable the reader sets with a slider (data-var = name). */
export interface VarSpec {
  readonly name: string;
  /** The book's value. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export type Values = Readonly<Record<string, number>>;

export interface ExampleSpec {
  readonly title: Bilingual;
  readonly vars: readonly VarSpec[];
  /** The upstream gradient ∂L/∂output the backward pass starts from: a slider named dout, or 1. */
  readonly seed?: VarSpec;
  /** Builds the graph on the engine; `collapsed` asks for the one-node sigmoid. */
  readonly build: (v: Values, collapsed: boolean) => Tensor;
  /** Extra panels: forward vs reverse mode, the sigmoid collapse toggle, the float64 note. */
  readonly extras?: readonly ('modes' | 'collapse' | 'float')[];
}

/** A float64 variable node named as in the book's code. */
export const variable = (v: Values, name: string) =>
  tensor(v[name] ?? 0, { dtype: 'float64', requiresGrad: true, label: name });

const money = (name: string, value: number): VarSpec => ({ name, value, min: 0, max: 1000, step: 10 });
const count = (name: string, value: number): VarSpec => ({ name, value, min: 0, max: 10, step: 1 });
const tax: VarSpec = { name: 'tax', value: 1.1, min: 1, max: 2, step: 0.01 };
const real = (name: string, value: number): VarSpec => ({ name, value, min: -10, max: 10, step: 0.1 });
const dout: VarSpec = { name: 'dout', value: 1.3, min: -5, max: 5, step: 0.1 };

/** Problem 1 and problem 2's apple part: apple_price = apple · apple_num. */
const applePrice = (v: Values) => mul(variable(v, 'apple'), variable(v, 'apple_num'), { label: 'apple_price' });

/** The examples a chapter can pick by name. */
export type ExampleName = 'apple' | 'apple-orange' | 'local' | 'chain' | 'shared' | 'add' | 'mul' | 'sigmoid';

export const examples: Record<ExampleName, ExampleSpec> = {
  apple: {
    title: { ko: '문제 1: 사과 2개와 소비세', en: 'Problem 1: two apples and tax' },
    vars: [money('apple', 100), count('apple_num', 2), tax],
    build: (v) => mul(applePrice(v), variable(v, 'tax'), { label: 'price' }),
    extras: ['float'],
  },
  'apple-orange': {
    title: { ko: '문제 2: 사과, 귤, 소비세', en: 'Problem 2: apples, oranges and tax' },
    vars: [money('apple', 100), count('apple_num', 2), money('orange', 150), count('orange_num', 3), tax],
    build: (v) => {
      const orangePrice = mul(variable(v, 'orange'), variable(v, 'orange_num'), { label: 'orange_price' });
      const all = add(applePrice(v), orangePrice, { label: 'all_price' });
      return mul(all, variable(v, 'tax'), { label: 'price' });
    },
  },
  local: {
    title: {
      ko: '국소적 계산: 4,000원어치 다른 물건과 사과',
      en: 'Local computation: 4,000 of other items plus apples',
    },
    vars: [
      { name: 'others', value: 4000, min: 0, max: 10000, step: 100 },
      money('apple', 100),
      count('apple_num', 2),
      tax,
    ],
    build: (v) => {
      const all = add(variable(v, 'others'), applePrice(v), { label: 'all_price' });
      return mul(all, variable(v, 'tax'), { label: 'price' });
    },
  },
  chain: {
    title: { ko: '연쇄 법칙: z = (x+y)²', en: 'The chain rule: z = (x+y)²' },
    vars: [real('x', 3), real('y', 4)],
    build: (v) => pow(add(variable(v, 'x'), variable(v, 'y'), { label: 't' }), 2, { label: 'z' }),
  },
  shared: {
    title: { ko: '두 번 쓰이는 값: e = (a+b)(b+1)', en: 'A value used twice: e = (a+b)(b+1)' },
    vars: [real('a', 2), real('b', 1)],
    build: (v) => {
      const b = variable(v, 'b');
      return mul(add(variable(v, 'a'), b, { label: 'c' }), add(b, 1, { label: 'd' }), { label: 'e' });
    },
    extras: ['modes'],
  },
  add: {
    title: { ko: '덧셈 노드: 10 + 5', en: 'The add node: 10 + 5' },
    vars: [real('x', 10), real('y', 5)],
    seed: dout,
    build: (v) => add(variable(v, 'x'), variable(v, 'y'), { label: 'z' }),
  },
  mul: {
    title: { ko: '곱셈 노드: 10 × 5', en: 'The mul node: 10 × 5' },
    vars: [real('x', 10), real('y', 5)],
    seed: dout,
    build: (v) => mul(variable(v, 'x'), variable(v, 'y'), { label: 'z' }),
  },
  sigmoid: {
    title: { ko: '시그모이드의 네 단계', en: 'The sigmoid in four steps' },
    vars: [{ name: 'x', value: 0.5, min: -6, max: 6, step: 0.1 }],
    seed: { name: 'dout', value: 1, min: -5, max: 5, step: 0.1 },
    build: (v, collapsed) => {
      const x = variable(v, 'x');
      if (collapsed) return sigmoid(x, { label: 'y' });
      const e = exp(mul(x, -1, { label: 'minus_x' }), { label: 'exp_minus_x' });
      return div(1, add(e, 1, { label: 'denominator' }), { label: 'y' });
    },
    extras: ['collapse'],
  },
};
export const exampleNames = Object.keys(examples) as ExampleName[];
