import { Fragment } from 'react';
import type { Language } from '../../../contract/venue-config';

/** Any Latin letter, œ of "Ricœur" included. */
const LATIN = /\p{Script=Latin}/u;
/** A run of Latin-script words (with the spaces and signs between them) inside another script. */
const LATIN_RUN = /([\p{Script=Latin}0-9@'’/.-]*\p{Script=Latin}[\p{Script=Latin}0-9@'’/.-]*(?:\s+[\p{Script=Latin}0-9@'’/.-]*\p{Script=Latin}[\p{Script=Latin}0-9@'’/.-]*)*)/u;

/**
 * The language of a word written in Latin letters inside an Arabic text: the programme's names and acronyms
 * are French ("BIP/ZIP", "Fongecif"), so a screen reader reads them with a French voice.
 */
export function foreignLanguageOf(word: string, language: Language): 'fr' | undefined {
  return language === 'ar' && LATIN.test(word) ? 'fr' : undefined;
}

/** A short text (a title, a label) with its Latin-script runs marked lang="fr" inside Arabic. */
export function ForeignText({ text, language }: { text: string; language: Language }) {
  if (language !== 'ar' || !LATIN.test(text)) return <>{text}</>;
  return (
    <>
      {text.split(LATIN_RUN).map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} lang="fr" dir="ltr">
            {part}
          </span>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
