import type { MDXComponents } from 'mdx/types';
import type { AnchorHTMLAttributes, HTMLAttributes, TableHTMLAttributes } from 'react';
import { widgetComponents } from '../widgets/registry';
import { Heading } from './Heading';
import { Link } from './Link';

function ChapterLink({ href = '', ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return href.startsWith('/') ? <Link href={href} {...rest} /> : <a href={href} {...rest} />;
}

/** Wide tables scroll inside their own box instead of widening the page on a phone. */
function Table(props: TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="table-scroll" role="region" aria-label="table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** Code blocks may scroll sideways on a phone, so they take keyboard focus (and arrow keys scroll them). */
function Pre(props: HTMLAttributes<HTMLPreElement>) {
  return <pre tabIndex={0} {...props} />;
}

/** Everything a chapter's MDX can render: headings with anchors, in-book links, tables, and every tag of the registry (widgets and prose helpers). */
export const mdxComponents: MDXComponents = {
  h2: (p: HTMLAttributes<HTMLHeadingElement>) => <Heading level={2} {...p} />,
  h3: (p: HTMLAttributes<HTMLHeadingElement>) => <Heading level={3} {...p} />,
  h4: (p: HTMLAttributes<HTMLHeadingElement>) => <Heading level={4} {...p} />,
  a: ChapterLink,
  table: Table,
  pre: Pre,
  ...widgetComponents,
};
