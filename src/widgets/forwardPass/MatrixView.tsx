import { useT } from '../../state/lang';
import { formatReadout } from '../kit/format';
import { Tex } from '../kit/controls/Tex';
import { paramShapes, type ForwardParams, type ForwardSignals, type ParamName } from './forwardModel';

const f = (v: number) => formatReadout(Number(v.toFixed(4)));
const row = (v: readonly number[]) => `\\begin{bmatrix} ${v.map(f).join(' & ')} \\end{bmatrix}`;
function mat(p: ForwardParams, name: ParamName): string {
  const [rows = 1, cols = 1] = paramShapes[name];
  const values = p[name];
  const lines = Array.from({ length: rows }, (_, r) =>
    values
      .slice(r * cols, r * cols + cols)
      .map(f)
      .join(' & '),
  );
  return `\\begin{bmatrix} ${lines.join(' \\\\ ')} \\end{bmatrix}`;
}

/** The same forward pass as matrix equations with the current numbers, plus every signal at full precision. */
export function MatrixView({ p, s }: { p: ForwardParams; s: ForwardSignals }) {
  const t = useT();
  const lines = [
    `A^{(1)} = X W^{(1)} + B^{(1)} = ${row(p.X)} ${mat(p, 'W1')} + ${row(p.B1)} = ${row(s.A1)}`,
    `Z^{(1)} = \\sigma(A^{(1)}) = ${row(s.Z1)}`,
    `A^{(2)} = Z^{(1)} W^{(2)} + B^{(2)} = ${row(s.Z1)} ${mat(p, 'W2')} + ${row(p.B2)} = ${row(s.A2)}`,
    `Z^{(2)} = \\sigma(A^{(2)}) = ${row(s.Z2)}`,
    `A^{(3)} = Z^{(2)} W^{(3)} + B^{(3)} = ${row(s.Z2)} ${mat(p, 'W3')} + ${row(p.B3)} = ${row(s.A3)}`,
    `Y = \\operatorname{softmax}(A^{(3)}) = ${row(s.Y)}`,
  ];
  const signals: [string, number[]][] = [
    ['x', p.X],
    ['a1', s.A1],
    ['z1', s.Z1],
    ['a2', s.A2],
    ['z2', s.Z2],
    ['a3', s.A3],
    ['y', s.Y],
  ];
  return (
    <div
      className="fp-matrix"
      tabIndex={0}
      role="region"
      aria-label={t({ ko: '행렬로 쓴 순전파 (옆으로 스크롤)', en: 'The forward pass as matrices (scrolls sideways)' })}
    >
      {lines.map((m) => (
        <Tex key={m.slice(0, 12)} display math={m} className="fp-matrix-line" />
      ))}
      <table className="fp-signals">
        <caption>{t({ ko: '모든 신호', en: 'Every signal' })}</caption>
        <tbody>
          {signals.map(([prefix, values]) => (
            <tr key={prefix}>
              <th scope="row">{prefix}</th>
              {values.map((v, i) => {
                const node = prefix === 'x' || prefix === 'y' ? `${prefix}${i + 1}` : `${prefix}_${i + 1}`;
                return (
                  <td
                    key={node}
                    className="num"
                    data-node={node}
                    data-value={String(v)}
                  >{`${node} = ${formatReadout(v)}`}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
