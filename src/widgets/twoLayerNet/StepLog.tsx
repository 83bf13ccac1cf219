import { useT } from '../../state/lang';
import { runWords } from '../kit/controls/words';
import { Num } from '../kit/format/Num';
import { paramNames, type StepRecord } from './trainer';

/** The last few steps, one row each: loss and accuracy on the mini-batch, and each gradient's norm. */
export function StepLog({ log }: { log: readonly StepRecord[] }) {
  const t = useT();
  return (
    <div className="table-scroll-x">
      <table className="step-log">
        <caption>
          {t({ ko: '최근 단계 (미니배치 기준, 갱신 전)', en: 'Latest steps (on the mini-batch, before the update)' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t({ ko: '단계', en: 'Step' })}</th>
            <th scope="col">{t({ ko: '손실', en: 'Loss' })}</th>
            <th scope="col">{t({ ko: '정확도', en: 'Accuracy' })}</th>
            {paramNames.map((k) => (
              <th key={k} scope="col">
                ‖∇{k}‖
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {log.length === 0 && (
            <tr>
              <td colSpan={3 + paramNames.length}>
                {t({
                  ko: `아직 학습하지 않았습니다. “${runWords.step.ko}”를 누르세요.`,
                  en: `Nothing trained yet. Press “${runWords.step.en}”.`,
                })}
              </td>
            </tr>
          )}
          {log.map((r) => (
            <tr key={r.step} data-step={r.step} data-loss={String(r.loss)}>
              <th scope="row">{r.step}</th>
              <td className="num">
                <Num value={r.loss} kind="loss" />
              </td>
              <td className="num">
                <Num value={r.batchAccuracy} kind="percent" />
              </td>
              {paramNames.map((k) => (
                <td key={k} className="num">
                  <Num value={r.gradNorms[k]} kind="gradient" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
