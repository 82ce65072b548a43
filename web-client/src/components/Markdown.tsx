import type { ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** Headings in the text sit below the page's own: "#" in a section becomes a level below the section heading. */
function headings(offset: number): Components {
  const shifted = (level: Level) => {
    const Tag = `h${Math.min(6, level + offset)}` as 'h6';
    return (props: ComponentPropsWithoutRef<'h6'> & { node?: unknown }) => {
      const { node: _node, ...rest } = props;
      return <Tag {...rest} />;
    };
  };
  return { h1: shifted(1), h2: shifted(2), h3: shifted(3), h4: shifted(4), h5: shifted(5), h6: shifted(6), a: SafeLink };
}

/** A link whose target was dropped stays as plain text, not as a link to the page itself. */
function SafeLink({ node: _node, href, children, ...rest }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) {
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

/** Links only to the web, mail and within the page; anything else (javascript:, data:, vbscript:) is dropped. */
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|#|\/(?!\/))/i.test(cleaned) ? cleaned : '';
}

const GFM = [remarkGfm];

/**
 * Markdown that people wrote, GitHub-flavoured like the API renders it (tables, task lists, strikethrough,
 * autolinks), without raw HTML: tags in the text are dropped, never inserted, and links that are not web,
 * mail or in-page addresses lose their target.
 */
export function Markdown({ children, headingLevel = 2 }: { children: string; headingLevel?: number }) {
  return (
    <div className="prose markdown">
      <ReactMarkdown skipHtml remarkPlugins={GFM} urlTransform={safeUrl} components={headings(headingLevel)}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
