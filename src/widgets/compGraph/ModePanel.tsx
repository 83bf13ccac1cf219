import { useT } from '../../state/lang';
import { formatReadout } from '../kit/format';
import { Num } from '../kit/format/Num';
import { forwardPasses } from './forwardMode';
import type { GraphModel } from '../kit/graph/graphModel';

/** Forward mode (one pass per input) beside reverse mode (one pass for all inputs), with the count of passes. */
export function ModePanel({ model }: { model: GraphModel }) {
  const t = useT();
  const passes = forwardPasses(model);
  const ops = model.nodes.filter((n) => n.kind === 'op');
  const inputs = model.nodes.filter((n) => n.kind === 'input');
  return (
    <section
      className="cg-panel cg-modes"
      aria-label={t({ ko: '순방향 모드와 역방향 모드', en: 'Forward mode and reverse mode' })}
    >
      <h4>{t({ ko: '순방향 모드: 입력마다 한 번씩', en: 'Forward mode: one pass per input' })}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{t({ ko: '패스', en: 'Pass' })}</th>
            {ops.map((n) => (
              <th key={n.name} scope="col">{`∂${n.name}/∂·`}</th>
            ))}
            <th scope="col">{t({ ko: '얻는 것', en: 'Gives' })}</th>
          </tr>
        </thead>
        <tbody>
          {passes.map((p, i) => (
            <tr key={p.input} data-forward-pass={p.input} data-result={String(p.result)}>
              <td>{`${i + 1}. ${t({ ko: '씨앗', en: 'seed' })} ${p.input}`}</td>
              {ops.map((n) => (
                <td key={n.name}>
                  <Num value={p.tangents.get(n.name) ?? NaN} />
                </td>
              ))}
              <td>{`∂${model.output}/∂${p.input} = ${formatReadout(p.result)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cg-pass-count" data-forward-passes={passes.length}>
        {t({ ko: `순방향 모드: ${passes.length}번의 패스`, en: `Forward mode: ${passes.length} passes` })}
      </p>
      <h4>{t({ ko: '역방향 모드: 한 번에 모든 입력', en: 'Reverse mode: one pass for all inputs' })}</h4>
      <p>{inputs.map((n) => `∂${model.output}/∂${n.name} = ${formatReadout(n.grad)}`).join(',  ')}</p>
      <p className="cg-pass-count">{t({ ko: '역방향 모드: 1번의 패스', en: 'Reverse mode: 1 pass' })}</p>
      <p>
        {t({
          ko: `입력이 100만 개라면 순방향 모드는 100만 번, 역방향 모드는 여전히 한 번입니다. 신경망은 입력(가중치)이 많고 출력(손실)이 하나이므로 역방향 모드를 씁니다.`,
          en: 'With a million inputs, forward mode needs a million passes; reverse mode still needs one. A network has many inputs (its weights) and one output (the loss), so it uses reverse mode.',
        })}
      </p>
    </section>
  );
}
