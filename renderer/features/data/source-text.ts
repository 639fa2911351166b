/**
 * A source as the details panel shows it: its web addresses as links. Only https addresses are
 * links: main opens those in the system browser (security.ts, setWindowOpenHandler) and refuses
 * any other; an http or other address stays text, which the panel offers to copy.
 */

export type SourcePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

// An address ends at white space or a closing bracket or quote; trailing punctuation is prose.
const ADDRESS = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const TRAILING = /[.,;:!?]+$/;

/** Splits a source into text and links, in order; blank text gives no parts. */
export function sourceParts(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let at = 0;
  for (const match of source.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, '');
    const start = match.index;
    if (start > at) parts.push({ kind: 'text', text: source.slice(at, start) });
    parts.push(
      /^https:\/\//i.test(address)
        ? { kind: 'link', text: address, href: address }
        : { kind: 'text', text: address },
    );
    at = start + address.length;
  }
  if (at < source.length) parts.push({ kind: 'text', text: source.slice(at) });
  return parts;
}
