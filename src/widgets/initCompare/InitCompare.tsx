import { useEffect, useState } from 'react';
import { useT } from '../../state/lang';
import { formatReadout } from '../kit/format';
import '../kit/controls/controls.css';
import './initCompare.css';
import { Histogram } from './Histogram';
import { EXPERIMENT, layerActivations, layerStats, type Activation, type LayerStats } from './initStats';
import { useParams } from '../kit/params/useParams';
import { initCompareParams } from './params';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const SEED = 1;

/** Activation histograms in five layers for five initialisations, as in the book's figures (computed on the engine). */
export default function InitCompare({ activation: initialAct = 'sigmoid' }: { activation?: Activation }) {
  const t = useT();
  const p = useParams(initCompareParams, { book: { activation: initialAct } });
  const { init, activation: act } = p.values;
  const key = `${init}|${act}`;
  const [result, setResult] = useState<{ key: string; layers: LayerStats[] } | null>(null);

  useEffect(() => {
    // Computed after the frame is painted, so the controls respond first.
    const handle = setTimeout(
      () => setResult({ key, layers: layerActivations(init, act, SEED).map((l) => layerStats(l.data)) }),
      0,
    );
    return () => clearTimeout(handle);
  }, [key, init, act]);

  const layers = result?.key === key ? result.layers : null;
  const skipFirst = act === 'relu';
  const yMax = layers ? Math.max(...layers.flatMap((s) => s.counts.slice(skipFirst ? 1 : 0))) * 1.05 : 1;

  return (
    <WidgetRoot className="init-compare" data-init={init} data-activation={act} data-ready={layers ? 'true' : 'false'}>
      <ChoiceChips
        label={t({ ko: '가중치 초기화', en: 'Weight initialisation' })}
        chipAttr="data-init-choice"
        {...p.chips.init}
      />
      <ChoiceChips
        label={t({ ko: '활성화 함수', en: 'Activation function' })}
        chipAttr="data-activation-choice"
        {...p.chips.activation}
      />
      <p className="init-compare-setup">
        {t({
          ko: `입력 ${EXPERIMENT.samples}개 (표준정규분포) → 은닉층 ${EXPERIMENT.layers}개, 층마다 뉴런 ${EXPERIMENT.units}개. 막대는 [0, 1]을 30칸으로 나눈 개수입니다.`,
          en: `${EXPERIMENT.samples} inputs (standard normal) → ${EXPERIMENT.layers} hidden layers of ${EXPERIMENT.units} units. Bars count values in 30 bins over [0, 1].`,
        })}
      </p>
      {layers ? (
        <div className="init-compare-grid">
          {layers.map((s, i) => (
            <figure
              key={i}
              className="init-compare-layer"
              data-layer={i + 1}
              data-mean={String(s.mean)}
              data-std={String(s.std)}
            >
              <Histogram
                stats={s}
                yMax={yMax}
                title={t({ ko: `${i + 1}층`, en: `Layer ${i + 1}` })}
                label={t({
                  ko: `${i + 1}층 활성화 분포: 평균 ${formatReadout(s.mean)}, 표준편차 ${formatReadout(s.std)}`,
                  en: `Layer ${i + 1} activations: mean ${formatReadout(s.mean)}, std ${formatReadout(s.std)}`,
                })}
              />
              <figcaption className="num">
                μ {formatReadout(Number(s.mean.toPrecision(3)))} · σ {formatReadout(Number(s.std.toPrecision(3)))}
                {s.outside > 0 && (
                  <span className="init-compare-outside">
                    {' '}
                    · {t({ ko: `1 초과 ${s.outside}개`, en: `${s.outside} above 1` })}
                  </span>
                )}
              </figcaption>
            </figure>
          ))}
        </div>
      ) : (
        <p className="init-compare-wait" role="status">
          {t({ ko: '계산 중…', en: 'Computing…' })}
        </p>
      )}
    </WidgetRoot>
  );
}
