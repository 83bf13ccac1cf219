import { useEffect, useMemo, useRef, useState } from 'react';
import { argmax, PIXEL_MAX } from '../../engine';
import { useT } from '../../state/lang';
import { useResolvedTheme } from '../../state/useResolvedTheme';
import '../kit/controls/controls.css';
import { loadBundledModel } from '../kit/mnist/bundledModel';
import { DigitImage } from '../kit/mnist/DigitImage';
import { setSessionModel, useSessionModel } from '../kit/mnist/sessionModel';
import { themeColor } from '../kit/theme/themeColor';
import './digitPad.css';
import { makePredictor } from './predictDigit';
import { preprocessDrawing, type Gray } from './preprocess';
import { ProbabilityBars } from './ProbabilityBars';
import { PAD_SIZE, paintStrokes, useDrawing } from './useDrawing';
import { ChipButton } from '../kit/controls/ChipButton';
import { WidgetRoot } from '../kit/figure/WidgetRoot';
import { formatReadout } from '../kit/format';

const STROKE = 22;

/** The ink of the strokes as a PAD_SIZE² grayscale picture (drawn white on black off screen). */
function rasterize(strokes: Parameters<typeof paintStrokes>[1]): Gray {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = PAD_SIZE;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const data = new Float32Array(PAD_SIZE * PAD_SIZE);
  if (!ctx) return { width: PAD_SIZE, height: PAD_SIZE, data };
  paintStrokes(ctx, strokes, '#ffffff', STROKE);
  const rgba = ctx.getImageData(0, 0, PAD_SIZE, PAD_SIZE).data;
  for (let i = 0; i < data.length; i++) data[i] = (rgba[i * 4 + 3] ?? 0) / PIXEL_MAX;
  return { width: PAD_SIZE, height: PAD_SIZE, data };
}

/** Draw a digit; see MNIST's preprocessing step by step and the network's 10 probabilities. */
export default function DigitPad() {
  const t = useT();
  const session = useSessionModel();
  const { strokes, handlers, clear, undo } = useDrawing();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const theme = useResolvedTheme();
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, PAD_SIZE, PAD_SIZE);
    const [r, g, b] = themeColor(canvas, '--fg', [0, 0, 0]);
    paintStrokes(ctx, strokes, `rgb(${r},${g},${b})`, STROKE);
  }, [strokes, theme]);

  const stages = useMemo(() => (strokes.length ? preprocessDrawing(rasterize(strokes)) : null), [strokes]);
  const predictor = useMemo(() => (session ? makePredictor(session.model) : null), [session]);
  const probs = useMemo(() => (stages && predictor ? predictor(stages.centered.data) : null), [stages, predictor]);
  const predicted = probs ? argmax(probs) : null;

  async function useBundled() {
    setLoading(true);
    setLoadError(null);
    try {
      setSessionModel({ model: await loadBundledModel(), source: 'bundled' });
    } catch (err) {
      setLoadError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  }

  const sourceText =
    session &&
    {
      trained: t({ ko: '이 세션에서 학습한 모델', en: 'the model trained in this session' }),
      uploaded: t({ ko: '불러온 모델 파일', en: 'the model file you loaded' }),
      bundled: t({ ko: '책에 들어 있는 사전 학습 모델', en: "the book's bundled pre-trained model" }),
    }[session.source];

  return (
    <WidgetRoot className="digit-pad" data-prediction={predicted ?? ''} data-model={session?.source ?? 'none'}>
      <div className="digit-pad-main">
        <div>
          <canvas
            ref={canvasRef}
            className="digit-pad-canvas"
            width={PAD_SIZE}
            height={PAD_SIZE}
            role="img"
            aria-label={t({
              ko: `숫자를 그리는 캔버스 (획 ${strokes.length}개)`,
              en: `Drawing canvas for a digit (${strokes.length} strokes)`,
            })}
            {...handlers}
          />
          <div className="widget-toolbar">
            <ChipButton onClick={undo} disabled={!strokes.length}>
              ↶ {t({ ko: '되돌리기', en: 'Undo' })}
            </ChipButton>
            <ChipButton onClick={clear} disabled={!strokes.length}>
              ✕ {t({ ko: '지우기', en: 'Clear' })}
            </ChipButton>
          </div>
        </div>
        <div className="digit-pad-side">
          {session ? (
            <p className="digit-pad-source">
              {t({ ko: '사용 중', en: 'Using' })}: {sourceText} ({session.model.sizes.join('-')},{' '}
              {t({ ko: '시험 정확도', en: 'test accuracy' })} {formatReadout(session.model.testAccuracy, 'percent')})
            </p>
          ) : (
            <div className="digit-pad-nomodel" role="group" aria-label={t({ ko: '모델 고르기', en: 'Choose a model' })}>
              <p>
                {t({
                  ko: '아직 모델이 없습니다. 위의 학습기로 하나를 학습하거나, 책에 들어 있는 작은 모델을 불러오세요.',
                  en: 'There is no model yet. Train one with the trainer above, or load the small model that ships with the book.',
                })}
              </p>
              <ChipButton onClick={useBundled} disabled={loading}>
                ⤓ {t({ ko: '사전 학습 모델 불러오기', en: 'Load the pre-trained model' })}
              </ChipButton>
              <ChipButton
                onClick={() =>
                  document
                    .querySelector('[data-widget="mnist-trainer"]')
                    ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
                }
              >
                ↑ {t({ ko: '학습기로 가기', en: 'Go to the trainer' })}
              </ChipButton>
              {loadError && (
                <p className="verdict verdict-bad" role="alert">
                  ⚠ {loadError}
                </p>
              )}
            </div>
          )}
          <ProbabilityBars probs={probs} predicted={predicted} />
          <p className="digit-pad-prediction" aria-live="polite">
            {predicted !== null
              ? t({ ko: `네트워크의 답: ${predicted}`, en: `The network reads: ${predicted}` })
              : stages
                ? t({ ko: '모델을 고르면 예측합니다', en: 'Choose a model to get a prediction' })
                : t({ ko: '숫자 하나를 그려 보세요', en: 'Draw one digit' })}
          </p>
        </div>
      </div>
      <ol className="digit-pad-stages" aria-label={t({ ko: 'MNIST 전처리 단계', en: 'MNIST preprocessing steps' })}>
        <li>
          <span>1. {t({ ko: '경계 상자로 자르기', en: 'Crop to the bounding box' })}</span>
          {stages ? (
            <DigitImage
              values={stages.cropped.data}
              width={stages.cropped.width}
              height={stages.cropped.height}
              size={84}
              label={t({
                ko: `잘라낸 그림 ${stages.cropped.width}×${stages.cropped.height}`,
                en: `Cropped drawing, ${stages.cropped.width}×${stages.cropped.height}`,
              })}
            />
          ) : (
            <span className="digit-pad-empty">—</span>
          )}
        </li>
        <li>
          <span>2. {t({ ko: '20×20 안에 맞게 축소', en: 'Scale to fit 20×20' })}</span>
          {stages ? (
            <DigitImage
              values={stages.scaled.data}
              width={stages.scaled.width}
              height={stages.scaled.height}
              size={(84 * stages.scaled.height) / 20}
              label={t({
                ko: `축소한 그림 ${stages.scaled.width}×${stages.scaled.height}`,
                en: `Scaled to ${stages.scaled.width}×${stages.scaled.height}`,
              })}
            />
          ) : (
            <span className="digit-pad-empty">—</span>
          )}
        </li>
        <li>
          <span>3. {t({ ko: '무게중심을 28×28 가운데로', en: 'Centre of mass to the middle of 28×28' })}</span>
          {stages ? (
            <DigitImage
              values={stages.centered.data}
              size={84}
              label={t({ ko: '28×28에 무게중심으로 맞춘 그림', en: 'Centred by mass in 28×28' })}
            />
          ) : (
            <span className="digit-pad-empty">—</span>
          )}
        </li>
        <li className="digit-pad-flat">
          <span>
            4. {t({ ko: '네트워크가 보는 입력: 784개 숫자 (0–1)', en: 'What the network sees: 784 numbers in 0–1' })}
          </span>
          {stages ? (
            <DigitImage
              values={stages.centered.data}
              width={112}
              height={7}
              size={21}
              label={t({
                ko: '784개 입력을 한 줄로 펼친 모습 (7줄로 접음)',
                en: 'The 784 inputs flattened in a row (folded into 7 lines)',
              })}
            />
          ) : (
            <span className="digit-pad-empty">—</span>
          )}
        </li>
      </ol>
    </WidgetRoot>
  );
}
