import { highlightSegments } from './highlight-segments';

/** Passage text with its matched words in `<mark>`; every run is a text node, never markup. */
export function HighlightedText({ text, spans }: { text: string; spans: ReadonlyArray<readonly [number, number]> }) {
  return (
    <>
      {highlightSegments(text, spans).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
