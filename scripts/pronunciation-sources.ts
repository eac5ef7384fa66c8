/** Reads the pronunciation lexicons and the UI strings from disk, for the content check and the voice pipeline. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { perLanguage, type Language } from '../domain/languages';
import type { NarrationText } from '../domain/narration/narration-catalogue';
import { loadPronunciations, pronunciationProblems, type PronunciationSourceNames } from '../domain/narration/pronunciation-check';
import { PROJECT_ROOT, localeFile } from './content-sources';
import { checkedNarrationCatalogue } from './voice/narration-sources';

export const pronunciationFile = (language: Language) => `locales/${language}/pronunciation.json`;
export const uiFile = (language: Language) => `locales/${language}/ui.json`;
export const PRONUNCIATION_NAMES: PronunciationSourceNames = { locale: localeFile, ui: uiFile, pronunciation: pronunciationFile };

function readJson(relative: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(PROJECT_ROOT, relative), 'utf8'));
  } catch (error) {
    throw new Error(`${relative}: ${(error as Error).message}`);
  }
}

export function readPronunciations() {
  return loadPronunciations(perLanguage((language) => readJson(pronunciationFile(language))), PRONUNCIATION_NAMES);
}

/** Every spoken text of the valid content, held against its spoken file and checked against the lexicons. */
export function checkPronunciation(): { catalogue: NarrationText[]; problems: ReturnType<typeof pronunciationProblems> } {
  const { catalogue, spokenProblems } = checkedNarrationCatalogue();
  const { lexicons, problems } = readPronunciations();
  return { catalogue, problems: [...spokenProblems, ...problems, ...pronunciationProblems(catalogue, lexicons, PRONUNCIATION_NAMES)] };
}
