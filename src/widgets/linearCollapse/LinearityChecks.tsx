import { formatTex } from '../kit/format';
import { useT } from '../../state/lang';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import { additivity, homogeneity, type CollapseMode, type LinearityCheck } from './collapse';
import { useParams } from '../kit/params/useParams';
import { linearityParams } from './params';

function CheckRow({
  name,
  lhsTex,
  rhsTex,
  check,
}: {
  name: string;
  lhsTex: string;
  rhsTex: string;
  check: LinearityCheck;
}) {
  const t = useT();
  return (
    <p
      className={check.holds ? 'verdict verdict-ok' : 'verdict verdict-bad'}
      data-check={name}
      data-holds={String(check.holds)}
      data-lhs={String(check.lhs)}
      data-rhs={String(check.rhs)}
    >
      {check.holds ? '✓ ' : '✗ '}
      <Tex
        math={`${lhsTex} = ${formatTex(check.lhs)} \\;${check.holds ? '=' : '\\ne'}\\; ${formatTex(check.rhs)} = ${rhsTex}`}
      />
      <span className="sr-only">
        {check.holds ? t({ ko: ' 성립', en: ' holds' }) : t({ ko: ' 성립하지 않음', en: ' fails' })}
      </span>
    </p>
  );
}

/** Test the two properties that define a linear function, with your own numbers, for the chosen h. */
export function LinearityChecks({ mode, c }: { mode: CollapseMode; c: number }) {
  const t = useT();
  const p = useParams(linearityParams);
  const { k, x1, x2 } = p.values;
  const fName = mode === 'linear' ? 'h' : '\\mathrm{ReLU}';
  return (
    <fieldset className="linearity-checks">
      <legend>
        {t({
          ko: `선형인지 확인하기: ${mode === 'linear' ? 'h(x) = c·x' : 'ReLU'}`,
          en: `Is it linear? Testing ${mode === 'linear' ? 'h(x) = c·x' : 'ReLU'}`,
        })}
      </legend>
      <Slider {...p.slider.k} />
      <Slider {...p.slider.x1} />
      <Slider {...p.slider.x2} />
      <CheckRow
        name="homogeneity"
        lhsTex={`${fName}(k x_1)`}
        rhsTex={`k\\,${fName}(x_1)`}
        check={homogeneity(mode, c, k, x1)}
      />
      <CheckRow
        name="additivity"
        lhsTex={`${fName}(x_1 + x_2)`}
        rhsTex={`${fName}(x_1) + ${fName}(x_2)`}
        check={additivity(mode, c, x1, x2)}
      />
    </fieldset>
  );
}
