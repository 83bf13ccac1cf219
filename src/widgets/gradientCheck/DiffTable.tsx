import { useT } from '../../state/lang';
import { paramNames, type ParamDiff } from './checkNet';

/** Agreement we expect: float64 keeps ~16 digits, float32 only ~7, so its differences are judged more loosely. */
export const tolerance = { float64: 1e-7, float32: 1e-5 } as const;
type DType = keyof typeof tolerance;

/** One row per (dtype, parameter): mean and max |backprop − numerical|, with a ✓/✗ against the tolerance. */
export function DiffTable({ results }: { results: Partial<Record<DType, ParamDiff[]>> }) {
  const t = useT();
  return (
    <div
      className="diff-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t({ ko: '기울기 차이 표 (옆으로 스크롤)', en: 'Gradient differences table (scrolls sideways)' })}
    >
      <table className="diff-table">
        <caption>{t({ ko: '|역전파 − 수치 미분|, 매개변수별', en: '|backprop − numerical| per parameter' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ ko: '매개변수', en: 'Parameter' })}</th>
            <th scope="col">{t({ ko: '평균', en: 'Mean' })}</th>
            <th scope="col">{t({ ko: '최대', en: 'Max' })}</th>
            <th scope="col">{t({ ko: '판정', en: 'Verdict' })}</th>
          </tr>
        </thead>
        {(Object.keys(tolerance) as DType[]).map((dtype) => (
          <tbody key={dtype}>
            <tr className="diff-group">
              <th scope="rowgroup" colSpan={4}>
                <code>{dtype}</code>{' '}
                {t({
                  ko: `(기준: 평균 < ${tolerance[dtype].toExponential(0)})`,
                  en: `(passes when the mean < ${tolerance[dtype].toExponential(0)})`,
                })}
              </th>
            </tr>
            {paramNames.map((param) => {
              const d = results[dtype]?.find((r) => r.param === param);
              const ok = d !== undefined && d.mean < tolerance[dtype];
              return (
                <tr key={param} data-dtype={dtype} data-param={param} data-diff={d ? String(d.mean) : undefined}>
                  <th scope="row">{param}</th>
                  <td className="num">{d ? d.mean.toExponential(2) : '…'}</td>
                  <td className="num">{d ? d.max.toExponential(2) : '…'}</td>
                  <td>
                    {d
                      ? ok
                        ? `✓ <${tolerance[dtype].toExponential(0)}`
                        : `✗ ≥${tolerance[dtype].toExponential(0)}`
                      : t({ ko: '계산 중', en: 'running' })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
