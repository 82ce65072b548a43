/** The five entities an HTML-escaping server writes; anything else stays as written. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * A search snippet from the API ("text escaped, matches in <mark>…</mark>"), rendered as text with
 * only the <mark> highlights as elements: the string is split on the two tags, never parsed as HTML,
 * so any other markup shows as plain text.
 */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>|<\/mark>)/);
  const nodes: React.ReactNode[] = [];
  let marked = false;
  parts.forEach((part, index) => {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) nodes.push(marked ? <mark key={index}>{decode(part)}</mark> : decode(part));
  });
  return <p className="learning-result__snippet">{nodes}</p>;
}
