import { Fragment, useMemo } from 'react';
import { useLexiconForms } from '../content/content-context';
import { segmentLine, splitWords } from '../../../domain/content/line-segments';
import type { Language } from '../../../contract/venue-config';

interface NarratedTextProps {
  lines: readonly string[];
  language: Language;
  /** The word being spoken, to highlight: its line and its index among the line's words. */
  spoken: { line: number; word: number } | null;
  /** Lexicon words are marked in the text (their buttons are beside it). */
  markLexicon?: boolean;
  className: string;
  as: 'ol' | 'div';
}

/** A text whose lines and words are laid out so the word being narrated can be highlighted (karaoke). */
export function NarratedText({ lines, language, spoken, markLexicon = false, className, as }: NarratedTextProps) {
  const lexicon = useLexiconForms(language);
  // Segmenting matches every lexicon form against every line: done once per text, not at each spoken word.
  const segmented = useMemo(() => {
    const linked = new Set<string>();
    return lines.map((line) => segmentLine(line, markLexicon ? lexicon : [], linked));
  }, [lines, lexicon, markLexicon]);
  const LineTag = as === 'ol' ? 'li' : 'p';
  const Container = as;
  return (
    <Container className={className}>
      {segmented.map((segments, lineIndex) => {
        let wordIndex = 0;
        const renderWords = (text: string) =>
          splitWords(text).map((part, partIndex) => {
            if (/^\s+$/.test(part)) return <Fragment key={partIndex}>{part}</Fragment>;
            const index = wordIndex++;
            // The word being spoken is marked: highlighted text, in HTML's own terms.
            if (spoken?.line === lineIndex && spoken.word === index) return <mark key={partIndex} className="word spoken-word">{part}</mark>;
            return (
              <span key={partIndex} className="word">
                {part}
              </span>
            );
          });
        return (
          <LineTag key={lineIndex} className={spoken?.line === lineIndex ? 'text-line speaking-line' : 'text-line'}>
            {segments.map((segment, segmentIndex) =>
              segment.lexiconId ? (
                <span key={segmentIndex} className="lexicon-mark">
                  {renderWords(segment.text)}
                </span>
              ) : (
                <Fragment key={segmentIndex}>{renderWords(segment.text)}</Fragment>
              ),
            )}
          </LineTag>
        );
      })}
    </Container>
  );
}
