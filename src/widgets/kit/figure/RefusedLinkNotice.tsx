import { useT } from '../../../state/lang';
import { useRefusedKeys } from '../../../state/widgetState';

/** A small notice when the link that opened the page carried values this figure refused. */
export function RefusedLinkNotice({ scope }: { scope: string }) {
  const t = useT();
  const keys = useRefusedKeys(scope);
  if (keys.length === 0) return null;
  return (
    <p className="figure-notice" role="status" data-refused-keys={keys.join(',')}>
      <span aria-hidden="true">⚠ </span>
      {t({
        ko: `링크에 담긴 값 중 쓸 수 없는 것(${keys.join(', ')})은 무시하고 책의 값을 썼습니다.`,
        en: `The link carried values this figure cannot use (${keys.join(', ')}); they were ignored and the book's values used instead.`,
      })}
    </p>
  );
}
