import type { Bilingual } from '../../state/lang';
import { formatTex } from '../kit/format';
import type { GraphEdge, GraphModel, GraphNode } from '../kit/graph/graphModel';

/** A node's name in TeX: single letters italic, longer names upright with escaped underscores. */
export function texName(name: string): string {
  const escaped = name.replace(/_/g, '\\_');
  return name.length === 1 ? name : `\\mathrm{${escaped}}`;
}

/** A number in TeX, rounded for reading (the full value is in the data attributes). */
export const texNum = (v: number) => {
  const s = formatTex(v);
  return v < 0 ? `(${s})` : s;
};

const d = (name: string) => `\\frac{\\partial L}{\\partial ${texName(name)}}`;

export interface LocalRule {
  /** The rule in words, for a mul node: swap the inputs and multiply by the upstream gradient. */
  readonly words: Bilingual;
  /** One line per drawn input: symbolic form = numbers = result. */
  readonly lines: readonly string[];
}

const words: Record<string, Bilingual> = {
  add: {
    ko: '상류 기울기를 그대로 모든 입력에 흘려보냅니다 (국소 미분 = 1).',
    en: 'Pass the upstream gradient through unchanged to every input (local derivative 1).',
  },
  sub: {
    ko: '앞 입력에는 그대로, 뒤 입력에는 부호를 바꿔 보냅니다.',
    en: 'Send it unchanged to the first input and with its sign flipped to the second.',
  },
  mul: {
    ko: '입력을 서로 바꾸어 상류 기울기에 곱합니다.',
    en: 'Swap the inputs and multiply by the upstream gradient.',
  },
  div: {
    ko: '분자에는 g/y, 분모에는 −g·x/y²를 보냅니다.',
    en: 'Send g/y to the numerator and −g·x/y² to the denominator.',
  },
  neg: { ko: '부호를 바꿔 보냅니다.', en: 'Flip the sign.' },
  exp: { ko: '순전파 때의 출력 exp(x)를 곱합니다.', en: "Multiply by the node's own forward output, exp(x)." },
  log: { ko: '순전파 입력 x로 나눕니다.', en: 'Divide by the forward input x.' },
  pow: {
    ko: '지수를 앞으로 내리고 지수를 하나 줄입니다: p·x^(p−1).',
    en: 'Bring the exponent down and lower it by one: p·x^(p−1).',
  },
  sigmoid: {
    ko: '순전파 출력 y만으로 계산합니다: y(1−y)를 곱합니다.',
    en: 'Use only the forward output y: multiply by y(1−y).',
  },
  tanh: { ko: '순전파 출력 y로 1−y²를 곱합니다.', en: 'Multiply by 1−y², from the forward output y.' },
  relu: {
    ko: '입력이 양수였으면 그대로, 아니면 0을 보냅니다.',
    en: 'Pass it through if the input was positive, otherwise send 0.',
  },
  step: {
    ko: '계단 함수의 기울기는 거의 모든 곳에서 0입니다.',
    en: "The step function's slope is 0 almost everywhere.",
  },
};

type Arg = GraphNode['args'][number];

/** Symbolic and numeric right-hand side of ∂L/∂(input i) for op `node`; § stands for the upstream gradient. */
function ruleFor(node: GraphNode, i: number, values: ReadonlyMap<string, number>): [string, string] {
  const arg = (k: number): Arg | undefined => node.args[k];
  const v = (k: number) => {
    const a = arg(k);
    return a === undefined ? Number.NaN : 'constant' in a ? a.constant : (values.get(a.name) ?? Number.NaN);
  };
  const sym = (k: number) => {
    const a = arg(k);
    return a === undefined ? '?' : 'constant' in a ? texNum(a.constant) : texName(a.name);
  };
  const y = texName(node.name);
  const other = i === 0 ? 1 : 0;
  switch (node.op) {
    case 'add':
      return ['§ \\cdot 1', '§'];
    case 'sub':
      return i === 0 ? ['§', '§'] : ['-§', '-§'];
    case 'mul':
      return [`§ \\cdot ${sym(other)}`, `§ \\times ${texNum(v(other))}`];
    case 'div':
      return i === 0
        ? [`§ / ${sym(1)}`, `§ / ${texNum(v(1))}`]
        : [`-§ \\cdot ${sym(0)} / ${sym(1)}^2`, `-§ \\times ${texNum(v(0))} / ${texNum(v(1))}^2`];
    case 'neg':
      return ['-§', '-§'];
    case 'exp':
      return [`§ \\cdot ${y}`, `§ \\times ${texNum(node.value)}`];
    case 'log':
      return [`§ / ${sym(0)}`, `§ / ${texNum(v(0))}`];
    case 'pow': {
      const p = node.symbol.slice(2).replace('−', '-');
      return [`§ \\cdot ${p} \\, ${sym(0)}^{${p}-1}`, `§ \\times ${p} \\times ${texNum(v(0))}^{${p}-1}`];
    }
    case 'sigmoid':
      return [`§ \\cdot ${y}(1-${y})`, `§ \\times ${texNum(node.value)} \\times ${texNum(1 - node.value)}`];
    case 'tanh':
      return [`§ \\cdot (1-${y}^2)`, `§ \\times (1-${texNum(node.value)}^2)`];
    case 'relu':
      return [`§ \\cdot [${sym(0)} > 0]`, `§ \\times ${v(0) > 0 ? 1 : 0}`];
    case 'step':
      return ['0', '0'];
    default:
      return ['?', '?'];
  }
}

/** The local rule of op `node` with its numbers plugged in; results are the engine's edge gradients. */
export function localRule(model: GraphModel, node: GraphNode): LocalRule {
  const values = new Map(model.nodes.map((n) => [n.name, n.value]));
  const edges: GraphEdge[] = model.edges.filter((e) => e.to === node.name);
  const g = node.grad;
  const lines: string[] = [];
  node.args.forEach((a, i) => {
    if ('constant' in a) return;
    const edge = edges.find((e) => e.from === a.name);
    const [symbolic, numeric] = ruleFor(node, i, values);
    const plugged = numeric.replace(/§/g, texNum(g));
    lines.push(
      `\\begin{aligned} ${d(a.name)} &= ${symbolic.replace(/§/g, d(node.name))} \\\\ &= ${plugged} = ${texNum(edge?.grad ?? Number.NaN)} \\end{aligned}`,
    );
  });
  return { words: words[node.op] ?? { ko: '', en: '' }, lines };
}
