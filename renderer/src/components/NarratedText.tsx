import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../content/content-context';
import { segmentLine, splitWords } from '../content/line-segments';
import type { Language } from '../../../contract/venue-config';
import { PressableButton } from './PressableButton';

interface NarratedTextProps {
  lines: readonly string[];
  language: Language;
  /** The word being spoken, to highlight: its line and its index among the line's words. */
  spoken: { line: number; word: number } | null;
  /** Lexicon words become buttons that open their explanation. */
  onWord?: (lexiconId: string) => void;
  className: string;
  as: 'ol' | 'div';
}

/** A text whose lines and words are laid out so the word being narrated can be highlighted (karaoke). */
export function NarratedText({ lines, language, spoken, onWord, className, as }: NarratedTextProps) {
  const { t } = useTranslation();
  const content = useContent();
  const lexicon = onWord ? content.lexicon.map((entry) => ({ id: entry.id, forms: entry.text[language].forms })) : [];
  const linked = new Set<string>();
  const LineTag = as === 'ol' ? 'li' : 'p';
  const Container = as;
  return (
    <Container className={className}>
      {lines.map((line, lineIndex) => {
        let wordIndex = 0;
        const renderWords = (text: string) =>
          splitWords(text).map((part, partIndex) => {
            if (/^\s+$/.test(part)) return <Fragment key={partIndex}>{part}</Fragment>;
            const index = wordIndex++;
            const active = spoken?.line === lineIndex && spoken.word === index;
            return (
              <span key={partIndex} className={active ? 'word spoken-word' : 'word'} data-word={index}>
                {part}
              </span>
            );
          });
        return (
          <LineTag key={lineIndex} className={spoken?.line === lineIndex ? 'text-line speaking-line' : 'text-line'}>
            {segmentLine(line, lexicon, linked).map((segment, segmentIndex) =>
              segment.lexiconId && onWord ? (
                <PressableButton
                  key={segmentIndex}
                  className="lexicon-word"
                  label={t('lexicon.open', { word: segment.text })}
                  onPress={() => onWord(segment.lexiconId!)}
                >
                  {renderWords(segment.text)}
                </PressableButton>
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
