import { useT } from '../../state/lang';
import type { GraphModel } from '../kit/graph/graphModel';
import { nodeFormula, shownNumber } from '../kit/graph/nodeFormula';

/** What hovering or focusing a node shows: its formula, its value and its gradient (rounded, then in full). */
export function NodeDetails({
  model,
  name,
  showGrad = true,
}: {
  model: GraphModel;
  name: string | null;
  showGrad?: boolean;
}) {
  const t = useT();
  const node = model.nodes.find((n) => n.name === name);
  const undef = t({ ko: '정의 안 됨', en: 'undefined' });
  return (
    <section className="cg-panel cg-details" aria-live="polite" data-details={node?.name ?? ''}>
      <h4>{t({ ko: '노드 살펴보기', en: 'Inspect a node' })}</h4>
      {node ? (
        <dl>
          <dt>{t({ ko: '식', en: 'Formula' })}</dt>
          <dd>
            <code>{nodeFormula(node)}</code>
          </dd>
          <dt>{t({ ko: '값', en: 'Value' })}</dt>
          <dd>
            {shownNumber(node.value, undef)} <small>({Number.isFinite(node.value) ? String(node.value) : undef})</small>
          </dd>
          {showGrad && (
            <>
              <dt>{t({ ko: `∂${model.output}/∂${node.name}`, en: `∂${model.output}/∂${node.name}` })}</dt>
              <dd>
                {shownNumber(node.grad, undef)}{' '}
                <small>({Number.isFinite(node.grad) ? String(node.grad) : undef})</small>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>
          {t({
            ko: '노드에 마우스를 올리거나 Tab으로 초점을 옮기세요.',
            en: 'Hover over a node, or move to it with Tab.',
          })}
        </p>
      )}
    </section>
  );
}
