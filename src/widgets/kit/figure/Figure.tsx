import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../state/lang';
import { WidgetScope } from '../../../state/widgetState';
import { FigureActions } from './FigureActions';
import { RefusedLinkNotice } from './RefusedLinkNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { useFigureHeight } from './useFigureHeight';
import { WidgetName } from './widgetName';

interface FigureProps {
  /** The widget's kebab name: its WidgetRoot's data-widget, and the figure's data-figure. */
  name: string;
  /** Namespace of this figure's shareable state in the URL (defaults to `name`). */
  scope?: string;
  /** Heavy figures mount only when scrolled near the viewport, and unmount when far away. */
  heavy?: boolean;
  children: ReactNode;
}

/** The frame every widget sits in: an error boundary, a loading state, and (for heavy ones) start-on-scroll. */
export function Figure({ name, scope = name, heavy = false, children }: FigureProps) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const [visible, setVisible] = useState(!heavy);
  // Bumped by "Reset to the book's values": remounts the widget so its transient state starts over too.
  const [generation, setGeneration] = useState(0);
  const anchor = `fig-${scope}`;
  const { bodyRef, reserved } = useFigureHeight(scope);

  // Printing shows every figure in its current state, including heavy ones never scrolled to.
  useEffect(() => {
    const show = () => setVisible(true);
    window.addEventListener('beforeprint', show);
    return () => window.removeEventListener('beforeprint', show);
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!heavy || !el || typeof IntersectionObserver === 'undefined') return setVisible(true);
    // Mount well before the figure scrolls in, so it has loaded (and settled its height) by then.
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), {
      rootMargin: '1200px 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [heavy]);

  const loading = (
    <p className="figure-loading" style={reserved ? { minHeight: reserved } : undefined}>
      {t({ ko: '그림을 불러오는 중…', en: 'Loading the figure…' })}
    </p>
  );
  return (
    <figure ref={ref} id={anchor} className="figure" data-figure={name} data-scope={scope}>
      <WidgetName.Provider value={name}>
        <WidgetScope.Provider value={scope}>
          <FigureActions scope={scope} anchor={anchor} onReset={() => setGeneration((g) => g + 1)} />
          <RefusedLinkNotice scope={scope} />
          <div className="figure-body" ref={bodyRef}>
            <ErrorBoundary
              key={generation}
              fallback={(error, retry) => (
                <div className="figure-error" role="alert">
                  <p>
                    <strong>{t({ ko: '이 그림에서 오류가 났습니다.', en: 'This figure stopped working.' })}</strong>{' '}
                    {t({ ko: '나머지 내용은 그대로 읽을 수 있습니다.', en: 'The rest of the chapter still works.' })}
                  </p>
                  <p className="figure-error-detail">{error.message}</p>
                  <button type="button" onClick={retry}>
                    {t({ ko: '다시 시도', en: 'Try again' })}
                  </button>
                </div>
              )}
            >
              <Suspense fallback={loading}>{visible ? children : loading}</Suspense>
            </ErrorBoundary>
          </div>
        </WidgetScope.Provider>
      </WidgetName.Provider>
    </figure>
  );
}
