import { useEffect, useState } from 'react';
import { useT } from '../../state/lang';
import { extractSymbol } from './extractSymbol';
import './engineSource.css';

// Every engine file as raw text, each its own small chunk, loaded only when a chapter shows it.
const sources = import.meta.glob<string>(['/src/engine/**/*.ts', '!/src/engine/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
});

/**
 * `<EngineSource path="layers/mulLayer.ts" symbol="MulLayer" />`: the engine's real code beside the picture,
 * read from the repository at build time (the build fails if the path does not exist).
 */
export function EngineSource({ path, symbol }: { path: string; symbol?: string }) {
  const t = useT();
  const [code, setCode] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const load = sources[`/src/engine/${path}`];

  useEffect(() => {
    let live = true;
    load?.().then(
      (text) => live && setCode(symbol ? (extractSymbol(text, symbol) ?? text) : text),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load, symbol]);

  const caption = `src/engine/${path}${symbol ? ` — ${symbol}` : ''}`;
  return (
    <figure className="engine-source">
      <figcaption>
        <span aria-hidden="true">{'</>'} </span>
        {caption}
      </figcaption>
      {!load || failed ? (
        <p role="alert">{t({ ko: `소스 ${caption}을(를) 불러오지 못했습니다.`, en: `Could not load ${caption}.` })}</p>
      ) : (
        <pre tabIndex={0} aria-label={caption}>
          <code>{code ?? t({ ko: '불러오는 중…', en: 'Loading…' })}</code>
        </pre>
      )}
    </figure>
  );
}
