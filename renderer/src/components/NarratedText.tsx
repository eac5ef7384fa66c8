import { Fragment, useEffect, useMemo, useRef } from 'react';
import { useLexiconForms } from '../content/content-context';
import { quotationParts, segmentLine, splitWords } from '../../../domain/content/line-segments';
import type { Language } from '../../../contract/venue-config';
import { foreignLanguageOf } from './ForeignText';
import { mayFollowNarration } from './ScrollArea';

interface NarratedTextProps {
  lines: readonly string[];
  language: Language;
  /** The word being spoken, to highlight: its line and its index among the line's words. */
  spoken: { line: number; word: number } | null;
  /** Lexicon words are marked in the text; a tap on one opens its explanation (as its button below does). */
  onLexiconWord?: (id: string) => void;
  className: string;
  as: 'ol' | 'div';
}

/**
 * A text whose lines and words are laid out so that the line and the word being narrated are marked
 * (karaoke); the line being spoken is kept in view, unless the visitor has just scrolled elsewhere.
 */
/**
 * Brings the line being read into view: inside its own scrolling frame only, when it has one (an initiative's
 * text), so that the screen around it does not move under the visitor (on a small screen the whole screen
 * scrolls, and the buttons beside the text would slide away); elsewhere the screen scrolls to it.
 */
function followLine(line: Element) {
  const area = line.closest<HTMLElement>('.scroll-area');
  if (!area) return line.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  const frame = area.getBoundingClientRect();
  const box = line.getBoundingClientRect();
  const by = box.top < frame.top ? box.top - frame.top : box.bottom > frame.bottom ? Math.min(box.bottom - frame.bottom, box.top - frame.top) : 0;
  if (by !== 0) area.scrollBy({ top: by, behavior: 'smooth' });
}

export function NarratedText({ lines, language, spoken, onLexiconWord, className, as }: NarratedTextProps) {
  const lexicon = useLexiconForms(language);
  const container = useRef<HTMLOListElement & HTMLDivElement>(null);
  // Segmenting matches every lexicon form against every line: done once per text, not at each spoken word.
  const segmented = useMemo(() => {
    const linked = new Set<string>();
    return lines.map((line) => segmentLine(line, onLexiconWord ? lexicon : [], linked));
  }, [lines, lexicon, onLexiconWord]);

  // The underlined words answer a touch; keyboard and switch users reach the same explanation by the word
  // buttons under the text, which are the accessible controls (so these stay plain text, not extra buttons).
  useEffect(() => {
    const element = container.current;
    if (!element || !onLexiconWord) return;
    const onClick = (event: MouseEvent) => {
      const word = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-lexicon-id]') : null;
      if (word?.dataset.lexiconId) onLexiconWord(word.dataset.lexiconId);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [onLexiconWord]);

  const spokenLine = spoken?.line ?? null;
  useEffect(() => {
    const line = spokenLine === null ? null : container.current?.querySelector('.speaking-line');
    if (line && mayFollowNarration(line)) followLine(line);
  }, [spokenLine]);

  const LineTag = as === 'ol' ? 'li' : 'p';
  const Container = as;
  return (
    <Container ref={container} className={className}>
      {segmented.map((segments, lineIndex) => {
        let wordIndex = 0;
        const renderWords = (text: string) =>
          splitWords(text).map((part, partIndex) => {
            if (/^\s+$/.test(part)) return <Fragment key={partIndex}>{part}</Fragment>;
            const index = wordIndex++;
            const lang = foreignLanguageOf(part, language);
            // The word being spoken is marked: highlighted text, in HTML's own terms.
            if (spoken?.line === lineIndex && spoken.word === index)
              return (
                <mark key={partIndex} className="word spoken-word" lang={lang}>
                  {part}
                </mark>
              );
            return (
              <span key={partIndex} className="word" lang={lang}>
                {part}
              </span>
            );
          });
        return (
          <LineTag key={lineIndex} className={spoken?.line === lineIndex ? 'text-line speaking-line' : 'text-line'} aria-current={spoken?.line === lineIndex ? 'true' : undefined}>
            {segments.map((segment, segmentIndex) =>
              segment.lexiconId ? (
                <span key={segmentIndex} className="lexicon-mark" data-lexicon-id={segment.lexiconId} data-pressable="">
                  {renderWords(segment.text)}
                </span>
              ) : (
                <Fragment key={segmentIndex}>
                  {quotationParts(segment.text).map((part, partIndex) =>
                    part.quoted ? (
                      <q key={partIndex} className="quotation">
                        {renderWords(part.text)}
                      </q>
                    ) : (
                      <Fragment key={partIndex}>{renderWords(part.text)}</Fragment>
                    ),
                  )}
                </Fragment>
              ),
            )}
          </LineTag>
        );
      })}
    </Container>
  );
}
