/** The functions the expression editor knows. */
export const functionNames = ['exp', 'log', 'sigmoid', 'relu', 'tanh'] as const;
export type FunctionName = (typeof functionNames)[number];

type BinaryOp = '+' | '-' | '*' | '/';

export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'var'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'pow'; base: Expr; exponent: number }
  | { kind: 'call'; fn: FunctionName; arg: Expr };

/** Why the text is not an expression: where (1-based character position) and what would have fitted there. */
export interface ParseError {
  position: number;
  expected: string;
  found: string;
}

export type ParseResult = { ok: true; expr: Expr; variables: string[] } | { ok: false; error: ParseError };

export const MAX_EXPRESSION_LENGTH = 200;
export const MAX_VARIABLES = 8;

type Token = { type: 'num' | 'name' | 'op' | 'end'; text: string; pos: number };

const OPERATORS: Record<string, string> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '·': '*',
  '/': '/',
  '÷': '/',
  '^': '^',
  '(': '(',
  ')': ')',
};

class Failure extends Error {
  constructor(readonly detail: ParseError) {
    super(detail.expected);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(rest);
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (number) tokens.push({ type: 'num', text: number[0], pos: i });
    else if (name) tokens.push({ type: 'name', text: name[0], pos: i });
    else if (rest.startsWith('**')) tokens.push({ type: 'op', text: '^', pos: i });
    else if (OPERATORS[ch]) tokens.push({ type: 'op', text: OPERATORS[ch] ?? ch, pos: i });
    else throw new Failure({ position: i + 1, expected: 'an operator, a number or a name', found: ch });
    i += number?.[0].length ?? name?.[0].length ?? (rest.startsWith('**') ? 2 : 1);
  }
  tokens.push({ type: 'end', text: '', pos: text.length });
  return tokens;
}

/** Parses `(x+y)^2`, `sigmoid(w*x+b)`, …: + − × / ^ (a number exponent), unary minus, exp log sigmoid relu tanh. Never throws. */
export function parseExpression(text: string): ParseResult {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      error: {
        position: MAX_EXPRESSION_LENGTH + 1,
        expected: `at most ${MAX_EXPRESSION_LENGTH} characters`,
        found: 'more',
      },
    };
  }
  try {
    const tokens = tokenize(text);
    let at = 0;
    const variables: string[] = [];
    const peek = () => tokens[at] as Token;
    const fail = (expected: string): never => {
      const t = peek();
      throw new Failure({ position: t.pos + 1, expected, found: t.type === 'end' ? 'the end' : t.text });
    };
    const accept = (op: string) => (peek().type === 'op' && peek().text === op ? (at++, true) : false);

    /** One precedence level of left-associative binary operators: next (op next)*. */
    const level = (ops: readonly BinaryOp[], next: () => Expr) => (): Expr => {
      let left = next();
      for (let t = peek(); t.type === 'op' && ops.some((o) => o === t.text); t = peek()) {
        at++;
        left = { kind: 'bin', op: t.text as BinaryOp, left, right: next() };
      }
      return left;
    };
    const expression: () => Expr = level(['+', '-'], () => term());
    const term: () => Expr = level(['*', '/'], () => unary());
    const unary = (): Expr => {
      if (accept('-')) return { kind: 'neg', arg: unary() };
      if (accept('+')) return unary();
      return power();
    };
    const power = (): Expr => {
      const base = primary();
      if (!accept('^')) return base;
      const sign = accept('-') ? -1 : 1;
      const t = peek();
      if (t.type !== 'num') return fail('a number as the exponent');
      at++;
      return { kind: 'pow', base, exponent: sign * Number(t.text) };
    };
    const primary = (): Expr => {
      const t = peek();
      if (t.type === 'num') {
        at++;
        return { kind: 'num', value: Number(t.text) };
      }
      if (t.type === 'name') {
        at++;
        const fn = functionNames.find((f) => f === t.text);
        if (fn) {
          if (!accept('(')) return fail(`'(' after ${fn}`);
          const arg = expression();
          if (!accept(')')) return fail("')'");
          return { kind: 'call', fn, arg };
        }
        if (!variables.includes(t.text)) variables.push(t.text);
        return { kind: 'var', name: t.text };
      }
      if (accept('(')) {
        const inner = expression();
        if (!accept(')')) return fail("')'");
        return inner;
      }
      return fail("a number, a variable name or '('");
    };

    const expr = expression();
    if (peek().type !== 'end') fail('an operator (+ − × / ^) or the end');
    if (variables.length === 0)
      return { ok: false, error: { position: 1, expected: 'at least one variable name', found: 'only numbers' } };
    if (variables.length > MAX_VARIABLES)
      return {
        ok: false,
        error: { position: 1, expected: `at most ${MAX_VARIABLES} variables`, found: `${variables.length}` },
      };
    return { ok: true, expr, variables };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.detail };
    return { ok: false, error: { position: 1, expected: 'a shorter expression', found: 'too deep nesting' } };
  }
}
