import type { TrainBackend } from '../../worker/client';
import { useT } from '../../state/lang';

const names: Record<TrainBackend, { ko: string; en: string }> = {
  'wasm-relaxed': { ko: 'WebAssembly SIMD + FMA', en: 'WebAssembly SIMD + FMA' },
  'wasm-simd': { ko: 'WebAssembly SIMD', en: 'WebAssembly SIMD' },
  js: { ko: 'JavaScript', en: 'JavaScript' },
};

/** Which arithmetic trains (once a run has started), and why a faster one is not used, if something failed. */
export function BackendBadge({ backend, note }: { backend: TrainBackend | null; note: string }) {
  const t = useT();
  if (!backend) return null;
  return (
    <p className="mnist-backend" data-backend={backend}>
      <span className="mnist-backend-label">{t({ ko: '계산', en: 'Computed with' })}</span>{' '}
      <strong>{t(names[backend])}</strong>
      {note && (
        <span className="mnist-backend-note" role="note">
          {' '}
          ({backend === 'js'
            ? t({ ko: 'WebAssembly를 쓰지 못해 JavaScript로 학습합니다', en: 'WebAssembly is not used, so this trains in JavaScript' })
            : t({ ko: '더 빠른 커널을 쓰지 못했습니다', en: 'the faster kernels could not be used' })}
          : {note})
        </span>
      )}
    </p>
  );
}
