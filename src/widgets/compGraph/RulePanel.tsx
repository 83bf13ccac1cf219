import { useT } from '../../state/lang';
import { Tex } from '../kit/controls/Tex';
import type { GraphModel } from '../kit/graph/graphModel';
import { localRule, texName, texNum } from './localRule';

/** The side panel: the current node's local derivative rule, in words and in KaTeX with the numbers plugged in. */
export function RulePanel({ model, current, step }: { model: GraphModel; current: string; step: number }) {
  const t = useT();
  const node = model.nodes.find((n) => n.name === current);
  if (!node) return null;
  if (step === 0 || node.kind === 'input') {
    return (
      <section className="cg-panel cg-rule" data-rule="seed" aria-label={t({ ko: '국소 미분 규칙', en: 'Local rule' })}>
        <h4>{t({ ko: '출발점: 상류 기울기', en: 'The start: the upstream gradient' })}</h4>
        <p>
          {t({
            ko: '역전파는 출력에서 시작합니다. 출력이 자기 자신에 대해 갖는 미분은 1입니다(상류에서 내려온 값이 있으면 그 값).',
            en: 'The backward pass starts at the output, whose derivative with respect to itself is 1 (or whatever gradient arrives from upstream).',
          })}
        </p>
        <Tex display math={`\\frac{\\partial L}{\\partial ${texName(model.output)}} = ${texNum(model.seed)}`} />
      </section>
    );
  }
  const rule = localRule(model, node);
  return (
    <section
      className="cg-panel cg-rule"
      data-rule={node.op}
      aria-label={t({ ko: '국소 미분 규칙', en: 'Local rule' })}
    >
      <h4>{t({ ko: `지금 노드: ${node.name} (${node.symbol})`, en: `Now at: ${node.name} (${node.symbol})` })}</h4>
      <p>{t(rule.words)}</p>
      {rule.lines.map((line) => (
        <Tex key={line} display math={line} />
      ))}
    </section>
  );
}
