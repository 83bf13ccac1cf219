import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../state/lang';
import { ContourPlot, type ContourPath, type Domain, type MarkerShape } from '../kit/contour/ContourPlot';
import '../kit/controls/controls.css';
import { formatNumber } from '../kit/controls/numericInput';
import { prefersReducedMotion } from '../kit/run/prefersReducedMotion';
import { Slider } from '../kit/controls/Slider';
import { usePlayLoop } from '../kit/run/usePlayLoop';
import './optimizerRace.css';
import { bowl, MAX_STEPS, optimizerLabels, optimizerNames, Race, racerPosition, START, type OptimizerName } from './race';
import { useParams } from '../kit/params/useParams';
import { raceParams } from './params';

const DOMAIN: Domain = { x: [-10, 10], y: [-5, 5] };
const look: Record<OptimizerName, { color: string; marker: MarkerShape; dash?: string }> = {
  sgd: { color: 'var(--negative)', marker: 'circle' },
  momentum: { color: 'var(--accent)', marker: 'square', dash: '6 3' },
  adagrad: { color: 'var(--ok)', marker: 'triangle', dash: '2 3' },
  adam: { color: 'var(--fg)', marker: 'diamond', dash: '9 3 2 3' },
};

/** SGD, Momentum, AdaGrad and Adam race from (−7, 2) down f(x, y) = x²/20 + y²; each has its own learning rate. */
export default function OptimizerRace() {
  const t = useT();
  const p = useParams(raceParams);
  const { 'lr-sgd': sgd, 'lr-momentum': momentum, 'lr-adagrad': adagrad, 'lr-adam': adam } = p.values;
  const rates = useMemo(() => ({ sgd, momentum, adagrad, adam }), [sgd, momentum, adagrad, adam]);
  const race = useRef<Race>(new Race(rates));
  const [, setVersion] = useState(0);
  const [playing, setPlaying] = useState(false);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);

  const reset = useCallback(() => {
    race.current = new Race(rates);
    setPlaying(false);
    redraw();
  }, [rates, redraw]);
  // A new learning rate starts the race again from the start.
  useEffect(reset, [reset]);

  const stepBy = (n: number) => {
    for (let i = 0; i < n; i++) race.current.step();
    redraw();
  };

  // One step per frame while playing; with reduced motion the first frame runs the race to the end.
  const tick = useCallback(() => {
    do race.current.step();
    while (prefersReducedMotion() && !race.current.finished);
    redraw();
    if (race.current.finished) setPlaying(false);
  }, [redraw]);
  usePlayLoop(playing, tick);

  const { racers, steps, finished } = race.current;
  const paths: ContourPath[] = racers.map((r) => ({ id: r.name, label: optimizerLabels[r.name], points: r.path, ...look[r.name] }));
  const summary = racers
    .map((r) => {
      const p = racerPosition(r);
      return `${optimizerLabels[r.name]} (${formatNumber(p.x)}, ${formatNumber(p.y)})`;
    })
    .join(', ');

  return (
    <div className="widget optimizer-race" data-widget="optimizer-race" data-steps={steps} data-playing={playing}>
      <div className="optimizer-race-body">
        <ContourPlot
          f={bowl}
          domain={DOMAIN}
          paths={paths}
          minimum={[0, 0]}
          legendTitle={t({ ko: '최적화 기법', en: 'Optimizers' })}
          label={t({ ko: `f(x, y) = x²/20 + y²의 등고선. (${START.join(', ')})에서 출발해 ${steps}단계 후: ${summary}.`, en: `Contours of f(x, y) = x²/20 + y². After ${steps} steps from (${START.join(', ')}): ${summary}.` })}
        />
        <div className="optimizer-race-side">
          <div className="widget-toolbar" role="group" aria-label={t({ ko: '경주 조작', en: 'Race controls' })}>
            <button type="button" className="chip" data-action="step" disabled={finished} onClick={() => stepBy(1)}>{t({ ko: '한 단계', en: 'Step' })}</button>
            <button type="button" className="chip" data-action="step10" disabled={finished} onClick={() => stepBy(10)}>{t({ ko: '10단계', en: '10 steps' })}</button>
            <button type="button" className="chip" data-action="play" aria-pressed={playing} disabled={finished && !playing} onClick={() => setPlaying((p) => !p)}>
              {playing ? t({ ko: '멈춤', en: 'Pause' }) : t({ ko: '재생', en: 'Play' })}
            </button>
            <button type="button" className="chip" data-action="reset" onClick={reset}>{t({ ko: '처음으로', en: 'Reset' })}</button>
          </div>
          <p className="optimizer-race-steps">{t({ ko: `단계 ${steps} / ${MAX_STEPS}`, en: `Step ${steps} of ${MAX_STEPS}` })}</p>
          {optimizerNames.map((name) => (
            <Slider key={name} {...p.slider[`lr-${name}`]} />
          ))}
        </div>
      </div>
      <div className="optimizer-race-scroll">
      <table className="optimizer-race-table">
        <caption>{t({ ko: '각 기법의 현재 위치 (최솟값은 (0, 0), f = 0)', en: 'Where each optimizer is now (the minimum is (0, 0), f = 0)' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ ko: '기법', en: 'Optimizer' })}</th>
            <th scope="col">x</th>
            <th scope="col">y</th>
            <th scope="col">f(x, y)</th>
            <th scope="col">{t({ ko: '상태', en: 'Status' })}</th>
          </tr>
        </thead>
        <tbody>
          {racers.map((r) => {
            const p = racerPosition(r);
            return (
              <tr key={r.name} data-racer={r.name} data-x={String(p.x)} data-y={String(p.y)} data-loss={String(p.loss)} data-reached-at={r.reachedAt ?? ''} data-diverged={r.diverged}>
                <th scope="row"><span className="optimizer-swatch" style={{ color: look[r.name].color }} aria-hidden="true">●</span> {optimizerLabels[r.name]}</th>
                <td className="num">{formatNumber(p.x)}</td>
                <td className="num">{formatNumber(p.y)}</td>
                <td className="num">{formatNumber(p.loss)}</td>
                <td>
                  {r.diverged
                    ? t({ ko: '✗ 발산해서 멈췄습니다 (학습률을 낮추세요)', en: '✗ Diverged and stopped (lower the learning rate)' })
                    : r.reachedAt !== null
                      ? t({ ko: `✓ ${r.reachedAt}단계에 최솟값 도착`, en: `✓ At the minimum by step ${r.reachedAt}` })
                      : t({ ko: '가는 중', en: 'On its way' })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </div>
  );
}
