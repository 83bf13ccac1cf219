import { useMemo } from 'react';
import { textCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import { buildExpression } from './buildExpression';
import type { Values, VarSpec } from '../kit/graph/examples';
import { LiveGraph } from './LiveGraph';
import { MAX_EXPRESSION_LENGTH, parseExpression, type ParseError } from './parseExpression';

const exprCodec = textCodec(MAX_EXPRESSION_LENGTH);
const DEFAULT_EXPRESSION = 'sigmoid(w*x+b)';

const varSpec = (name: string): VarSpec => ({ name, value: 1, min: -10, max: 10, step: 0.1 });

/** The parse error in words, with a caret under the place it happened. */
function ParseMessage({ text, error }: { text: string; error: ParseError }) {
  const t = useT();
  return (
    <p className="cg-parse-error" role="alert" data-parse-error={error.position}>
      ⚠{' '}
      {t({
        ko: `${error.position}번째 글자에서: ${error.expected}이(가) 와야 하는데 ${error.found}이(가) 있습니다.`,
        en: `At character ${error.position}: expected ${error.expected}, found ${error.found}.`,
      })}
      <span className="cg-caret" aria-hidden="true">{`${text}\n${' '.repeat(Math.max(0, error.position - 1))}^`}</span>
    </p>
  );
}

/** Type an expression of named variables; get its graph, a slider per variable, and every gradient. */
export function ExpressionEditor() {
  const t = useT();
  const [text, setText] = useWidgetState('expr', exprCodec, DEFAULT_EXPRESSION);
  const parsed = useMemo(() => parseExpression(text), [text]);
  const variables = parsed.ok ? parsed.variables.join(',') : '';
  const vars = useMemo(() => (variables ? variables.split(',').map(varSpec) : []), [variables]);
  const expr = parsed.ok ? parsed.expr : null;
  const build = useMemo(() => (expr ? (v: Values) => buildExpression(expr, v) : null), [expr]);

  return (
    <>
      <div className="cg-editor">
        <label htmlFor="cg-expression">
          {t({
            ko: '식을 입력하세요 (+ − * / ^, exp, log, sigmoid, relu, tanh)',
            en: 'Type an expression (+ − * / ^, exp, log, sigmoid, relu, tanh)',
          })}
        </label>
        <input
          id="cg-expression"
          data-var="expression"
          type="text"
          spellCheck={false}
          autoComplete="off"
          maxLength={MAX_EXPRESSION_LENGTH}
          value={text}
          aria-invalid={parsed.ok ? undefined : true}
          aria-describedby="cg-expression-help"
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <p id="cg-expression-help" className="sr-only">
          {t({ ko: '예: (x+y)^2', en: 'For example (x+y)^2' })}
        </p>
        {!parsed.ok && <ParseMessage text={text} error={parsed.error} />}
      </div>
      {build && <LiveGraph key={variables} vars={vars} build={build} />}
    </>
  );
}
