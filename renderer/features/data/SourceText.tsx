import { useState } from 'react';
import { sourceParts } from './source-text';

/**
 * A source with its https addresses as links (main opens them in the system browser) and a Copy
 * button; the text itself is selectable, so an address that is not a link can be copied too.
 */
export function SourceText({ source }: { readonly source: string }) {
  const [copyNote, setCopyNote] = useState<string | null>(null);
  if (source.trim() === '') return <span className="details-muted">none given</span>;
  const copy = () =>
    navigator.clipboard.writeText(source).then(
      () => setCopyNote('Copied'),
      () => setCopyNote('Select the text and press Ctrl+C to copy it'),
    );
  return (
    <span className="source-text">
      {sourceParts(source).map((part, i) =>
        part.kind === 'link' ? (
          <a
            key={i}
            href={part.href}
            target="_blank"
            rel="noreferrer"
            title={`Open ${part.href} in your browser`}
          >
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}{' '}
      <button type="button" className="button small" onClick={copy} aria-label="Copy the source">
        Copy
      </button>
      {copyNote && <span className="details-muted"> {copyNote}</span>}
    </span>
  );
}
