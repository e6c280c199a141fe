import { highlightSegments } from '@/lib/highlight-match'

/** Text with every occurrence of `term` marked; the text is rendered as text, never as HTML. */
export function HighlightedText({ text, term }: { text: string; term?: string | undefined }) {
  return (
    <>
      {highlightSegments(text, term).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-700/60">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
