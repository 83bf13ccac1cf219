import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { seriesStyles, SeriesSwatch } from '../kit/chart';
import { ContourPlot, type ContourPath, type Domain } from '../kit/contour/ContourPlot';
import '../kit/controls/controls.css';
import { RunControls } from '../kit/controls/RunControls';
import { formatReadout } from '../kit/format';
import { Num } from '../kit/format/Num';
import { Slider } from '../kit/controls/Slider';
import { useRun } from '../kit/run/useRun';
import './optimizerRace.css';
import { bowl, MAX_STEPS, optimizerLabels, optimizerNames, racerPosition, raceStepper, START, startRace } from './race';
import { WidgetRoot } from '../kit/figure/WidgetRoot';
import { useParams } from '../kit/params/useParams';
import { raceParams } from './params';

const DOMAIN: Domain = { x: [-10, 10], y: [-5, 5] };

/** SGD, Momentum, AdaGrad and Adam race from (−7, 2) down f(x, y) = x²/20 + y²; each has its own learning rate. */
export default function OptimizerRace() {
  const t = useT();
  const p = useParams(raceParams);
  const { 'lr-sgd': sgd, 'lr-momentum': momentum, 'lr-adagrad': adagrad, 'lr-adam': adam } = p.values;
  const rates = useMemo(() => ({ sgd, momentum, adagrad, adam }), [sgd, momentum, adagrad, adam]);
  // A new learning rate starts the race again from the start; play takes one step per frame.
  const race = useRun(() => startRace(rates), raceStepper, rates);
  const { racers, steps } = race.state.race;
  const paths: ContourPath[] = racers.map((r) => ({
    id: r.name,
    label: optimizerLabels[r.name],
    points: r.path,
    ...seriesStyles[r.name],
  }));
  const summary = racers
    .map((r) => {
      const p = racerPosition(r);
      return `${optimizerLabels[r.name]} (${formatReadout(p.x)}, ${formatReadout(p.y)})`;
    })
    .join(', ');

  return (
    <WidgetRoot className="optimizer-race" data-steps={steps} data-playing={race.playing}>
      <div className="optimizer-race-body">
        <ContourPlot
          f={bowl}
          domain={DOMAIN}
          paths={paths}
          minimum={[0, 0]}
          legendTitle={t({ ko: '최적화 기법', en: 'Optimizers' })}
          label={t({
            ko: `f(x, y) = x²/20 + y²의 등고선. (${START.join(', ')})에서 출발해 ${steps}단계 후: ${summary}.`,
            en: `Contours of f(x, y) = x²/20 + y². After ${steps} steps from (${START.join(', ')}): ${summary}.`,
          })}
        />
        <div className="optimizer-race-side">
          <RunControls
            run={race}
            label={t({ ko: '경주 조작', en: 'Race controls' })}
            buttons={['step', 'steps', 'play', 'reset']}
            many={{ n: 10 }}
          />
          <p className="optimizer-race-steps">
            {t({ ko: `단계 ${steps} / ${MAX_STEPS}`, en: `Step ${steps} of ${MAX_STEPS}` })}
          </p>
          {optimizerNames.map((name) => (
            <Slider key={name} {...p.slider[`lr-${name}`]} />
          ))}
        </div>
      </div>
      <div className="optimizer-race-scroll">
        <table className="optimizer-race-table">
          <caption>
            {t({
              ko: '각 기법의 현재 위치 (최솟값은 (0, 0), f = 0)',
              en: 'Where each optimizer is now (the minimum is (0, 0), f = 0)',
            })}
          </caption>
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
                <tr
                  key={r.name}
                  data-racer={r.name}
                  data-x={String(p.x)}
                  data-y={String(p.y)}
                  data-loss={String(p.loss)}
                  data-reached-at={r.reachedAt ?? ''}
                  data-diverged={r.diverged}
                >
                  <th scope="row">
                    <SeriesSwatch style={seriesStyles[r.name]} show="marker" /> {optimizerLabels[r.name]}
                  </th>
                  <td className="num">
                    <Num value={p.x} />
                  </td>
                  <td className="num">
                    <Num value={p.y} />
                  </td>
                  <td className="num">
                    <Num value={p.loss} kind="loss" />
                  </td>
                  <td>
                    {r.diverged
                      ? t({
                          ko: '✗ 발산해서 멈췄습니다 (학습률을 낮추세요)',
                          en: '✗ Diverged and stopped (lower the learning rate)',
                        })
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
    </WidgetRoot>
  );
}
