import { useT } from '../../state/lang';
import { Slider, type SliderProps } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import { entryName, paramShapes, type ForwardParams, type ParamName } from './forwardModel';

/** The book's notation for matrix entry (i, j) of Wk: it joins input i to neuron j, which the book writes w_{ji}^{(k)}. */
function bookTex(param: ParamName, index: number): string {
  const shape = paramShapes[param];
  const layer = param.slice(1);
  if (param === 'X') return `x_${index + 1}`;
  if (shape.length === 1) return `b^{(${layer})}_${index + 1}`;
  const cols = shape[1] ?? 1;
  return `w^{(${layer})}_{${(index % cols) + 1}${Math.floor(index / cols) + 1}}`;
}

/** One slider per entry of the chosen parameters, named by matrix position (W1_12 = row 1, column 2). */
export function ParamSliders({
  params,
  names,
  slider,
}: {
  params: ForwardParams;
  names: readonly ParamName[];
  slider: (param: ParamName, index: number) => SliderProps;
}) {
  const t = useT();
  return (
    <div className="fp-sliders">
      {names.map((param) => (
        <fieldset key={param} className="fp-slider-group">
          <legend>
            <Tex math={param === 'X' ? 'X' : `${param[0]}^{(${param.slice(1)})}`} />{' '}
            {param === 'X' ? t({ ko: '입력', en: 'input' }) : `(${paramShapes[param].join('×')})`}
          </legend>
          {params[param].map((v, i) => {
            const name = entryName(param, i);
            const book = bookTex(param, i);
            return (
              <Slider
                key={name}
                {...slider(param, i)}
                label={
                  <span className="fp-slider-label">
                    <span>{name}</span>
                    <Tex math={book} />
                  </span>
                }
                ariaLabel={name}
              />
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
