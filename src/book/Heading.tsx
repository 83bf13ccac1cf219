import type { HTMLAttributes } from 'react';

/** A section heading whose text is a link to itself, so any section can be linked (rehype-slug gives the id). */
export function Heading({ level, id, children, ...rest }: HTMLAttributes<HTMLHeadingElement> & { level: 2 | 3 | 4 }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} {...rest}>
      {id ? (
        <a className="heading-anchor" href={`#${id}`}>
          {children}
        </a>
      ) : (
        children
      )}
    </Tag>
  );
}
