import { useT } from '../../state/lang';
import type { GateName } from '../kit/logic/gates';

/** The sentence under the table: does it match the chosen gate, and if not, how close is it. */
export function GateVerdict({
  target,
  matched,
  correct,
}: {
  target: GateName;
  matched: GateName | undefined;
  correct: number;
}) {
  const t = useT();
  const success = matched === target;
  let text: string;
  if (success) {
    text = t({ ko: `✓ 진리표가 ${target} 게이트와 일치합니다.`, en: `✓ The table matches the ${target} gate.` });
  } else if (target === 'XOR') {
    text = t({
      ko: `✗ 지금 ${correct}/4행이 XOR과 같습니다. 직선 하나로는 4행을 모두 맞출 수 없습니다: 최대 3행입니다.`,
      en: `✗ ${correct} of 4 rows match XOR now. No single line can get all four: three is the best any perceptron can do.`,
    });
  } else {
    text = t({ ko: `✗ ${target}와(과) ${correct}/4행이 같습니다.`, en: `✗ ${correct} of 4 rows match ${target}.` });
    if (matched)
      text += t({ ko: ` 지금 진리표는 ${matched} 게이트입니다.`, en: ` The table is the ${matched} gate right now.` });
  }
  return (
    <p
      className={success ? 'verdict verdict-ok' : 'verdict verdict-bad'}
      role="status"
      data-verdict={success ? 'match' : 'mismatch'}
    >
      {text}
    </p>
  );
}
