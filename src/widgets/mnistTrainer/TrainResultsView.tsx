import type { CSSProperties } from 'react';
import { MNIST_PIXELS, PIXEL_MAX } from '../../engine';
import { useT } from '../../state/lang';
import type { ModelWeights, TrainResults } from '../../worker/client';
import { DigitImage } from '../kit/mnist/DigitImage';

/** Rows: true class; columns: predicted class; the shade and the number both give the count. */
export function ConfusionMatrix({ confusion, classes }: { confusion: Int32Array; classes: readonly string[] }) {
  const t = useT();
  const rowTotals = classes.map((_, r) => confusion.subarray(r * 10, r * 10 + 10).reduce((a, b) => a + b, 0));
  return (
    <table className="confusion" data-total={confusion.reduce((a, b) => a + b, 0)}>
      <caption>
        {t({
          ko: '혼동 행렬 (행: 정답, 열: 예측, 대각선 ✓ = 맞힘)',
          en: 'Confusion matrix (rows: true class, columns: predicted, diagonal ✓ = correct)',
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="mnist-visually-hidden">{t({ ko: '정답 \\ 예측', en: 'true \\ predicted' })}</span>
          </th>
          {classes.map((c, j) => (
            <th key={j} scope="col" title={c}>
              {j}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {classes.map((c, r) => (
          <tr key={r}>
            <th scope="row" title={c}>
              {classes.length && c.length > 2 ? `${r} ${c}` : r}
            </th>
            {classes.map((_, p) => {
              const n = confusion[r * 10 + p] ?? 0;
              const share = n / Math.max(1, rowTotals[r] ?? 1);
              return (
                <td
                  key={p}
                  className={r === p ? 'diag' : n > 0 ? 'off' : ''}
                  style={{ '--share': `${Math.min(45, Math.round(Math.sqrt(share) * 100))}%` } as CSSProperties}
                >
                  {r === p ? `✓${n}` : n || ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Misclassified test images with their predicted and true labels. */
export function MisclassifiedGallery({ results, classes }: { results: TrainResults; classes: readonly string[] }) {
  const t = useT();
  const n = results.wrongLabels.length;
  return (
    <ul className="digit-gallery" aria-label={t({ ko: '틀린 시험 이미지', en: 'Misclassified test images' })}>
      {Array.from({ length: n }, (_, i) => {
        const pred = classes[results.wrongPredicted[i] ?? 0] ?? '?';
        const truth = classes[results.wrongLabels[i] ?? 0] ?? '?';
        const pixels = Array.from(
          results.wrongPixels.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS),
          (b) => b / PIXEL_MAX,
        );
        return (
          <li key={i}>
            <DigitImage
              values={pixels}
              size={56}
              label={t({ ko: `예측 ${pred}, 정답 ${truth}`, en: `predicted ${pred}, true ${truth}` })}
            />
            <span>
              ✗ {t({ ko: '예측', en: 'pred' })} {pred}
            </span>
            <span>
              {t({ ko: '정답', en: 'true' })} {truth}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The first layer's weights: each unit's 784 incoming weights as a 28×28 picture (blue +, orange −). */
export function FirstLayerWeights({ model, classes }: { model: ModelWeights; classes: readonly string[] }) {
  const t = useT();
  const W1 = model.params[0];
  const units = model.sizes[1] ?? 0;
  if (!W1) return null;
  const shown = Math.min(units, 16);
  const noHidden = model.sizes.length === 2;
  return (
    <ul className="digit-gallery" aria-label={t({ ko: '첫 층 가중치', en: 'First-layer weights' })}>
      {Array.from({ length: shown }, (_, j) => {
        const column = Array.from({ length: MNIST_PIXELS }, (_, i) => W1[i * units + j] ?? 0);
        const name = noHidden ? (classes[j] ?? String(j)) : t({ ko: `은닉 ${j + 1}`, en: `unit ${j + 1}` });
        return (
          <li key={j}>
            <DigitImage
              values={column}
              mode="signed"
              size={56}
              label={t({ ko: `${name}의 가중치 (파랑 +, 주황 −)`, en: `weights of ${name} (blue +, orange −)` })}
            />
            <span>{name}</span>
          </li>
        );
      })}
    </ul>
  );
}
