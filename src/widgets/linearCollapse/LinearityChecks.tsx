import { formatTex } from '../kit/format';
import { numberCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import { additivity, homogeneity, type CollapseMode, type LinearityCheck } from './collapse';

const valueCodec = numberCodec(-5, 5);
const RANGE = { min: -5, max: 5, step: 0.1, fineStep: 0.01 };

function CheckRow({ name, lhsTex, rhsTex, check }: { name: string; lhsTex: string; rhsTex: string; check: LinearityCheck }) {
  const t = useT();
  return (
    <p className={check.holds ? 'verdict verdict-ok' : 'verdict verdict-bad'} data-check={name} data-holds={String(check.holds)} data-lhs={String(check.lhs)} data-rhs={String(check.rhs)}>
      {check.holds ? '✓ ' : '✗ '}
      <Tex math={`${lhsTex} = ${formatTex(check.lhs)} \\;${check.holds ? '=' : '\\ne'}\\; ${formatTex(check.rhs)} = ${rhsTex}`} />
      <span className="sr-only">{check.holds ? t({ ko: ' 성립', en: ' holds' }) : t({ ko: ' 성립하지 않음', en: ' fails' })}</span>
    </p>
  );
}

/** Test the two properties that define a linear function, with your own numbers, for the chosen h. */
export function LinearityChecks({ mode, c }: { mode: CollapseMode; c: number }) {
  const t = useT();
  const [k, setK] = useWidgetState('k', valueCodec, 2);
  const [x1, setX1] = useWidgetState('x1', valueCodec, 1);
  const [x2, setX2] = useWidgetState('x2', valueCodec, -1);
  const fName = mode === 'linear' ? 'h' : '\\mathrm{ReLU}';
  return (
    <fieldset className="linearity-checks">
      <legend>{t({ ko: `선형인지 확인하기: ${mode === 'linear' ? 'h(x) = c·x' : 'ReLU'}`, en: `Is it linear? Testing ${mode === 'linear' ? 'h(x) = c·x' : 'ReLU'}` })}</legend>
      <Slider name="k" label={<Tex math="k" />} value={k} defaultValue={2} {...RANGE} onChange={setK} />
      <Slider name="x1" label={<Tex math="x_1" />} value={x1} defaultValue={1} {...RANGE} onChange={setX1} />
      <Slider name="x2" label={<Tex math="x_2" />} value={x2} defaultValue={-1} {...RANGE} onChange={setX2} />
      <CheckRow name="homogeneity" lhsTex={`${fName}(k x_1)`} rhsTex={`k\\,${fName}(x_1)`} check={homogeneity(mode, c, k, x1)} />
      <CheckRow name="additivity" lhsTex={`${fName}(x_1 + x_2)`} rhsTex={`${fName}(x_1) + ${fName}(x_2)`} check={additivity(mode, c, x1, x2)} />
    </fieldset>
  );
}
