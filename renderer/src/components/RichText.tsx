import { useMemo } from 'react';
import { parseRichText, type RichLine } from '../../../shared/reports/rich-text';

function Line({ line }: { line: RichLine }) {
  return (
    <>{line.map((span, i) => (span.bold ? <strong key={i}>{span.text}</strong> : <span key={i}>{span.text}</span>))}</>
  );
}

/**
 * The consultant's text (shared/reports/rich-text.ts) as React elements: paragraphs, headings,
 * lists and bold. Text nodes only, never HTML; dir="auto" per block so Arabic and Latin both read.
 */
export function RichText({ text, className }: { text: string; className?: string }) {
  const blocks = useMemo(() => parseRichText(text), [text]);
  return (
    <div className={className ? `rich-text ${className}` : 'rich-text'}>
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'heading':
            return (
              <h3 key={i} dir="auto" className="rich-heading">
                <Line line={b.line} />
              </h3>
            );
          case 'paragraph':
            return (
              <p key={i} dir="auto">
                {b.lines.map((l, j) => (
                  <span key={j}>
                    {j ? <br /> : null}
                    <Line line={l} />
                  </span>
                ))}
              </p>
            );
          case 'bullets':
          case 'numbers': {
            const items = b.items.map((item, j) => (
              <li key={j} dir="auto">
                <Line line={item} />
              </li>
            ));
            return b.type === 'bullets' ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
          }
        }
      })}
    </div>
  );
}
