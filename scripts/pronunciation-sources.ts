/** Reads the pronunciation lexicons and the UI strings from disk, for the content check and the voice pipeline. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContent } from '../domain/content/build-content';
import { perLanguage, type Language } from '../domain/languages';
import type { Resource } from 'i18next';
import { narrationCatalogue, type NarrationText } from '../domain/narration/narration-catalogue';
import { createUiText } from '../domain/narration/ui-text';
import { loadPronunciations, pronunciationProblems, type PronunciationSourceNames } from '../domain/narration/pronunciation-check';
import { PROJECT_ROOT, localeFile, readContentSources, readUiResources } from './content-sources';

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

/** Every spoken text of the valid content, checked against the lexicons. */
export function checkPronunciation(): { catalogue: NarrationText[]; problems: ReturnType<typeof pronunciationProblems> } {
  const { content } = buildContent(readContentSources());
  const catalogue = narrationCatalogue(content, createUiText(readUiResources() as Resource, 'fr'));
  const { lexicons, problems } = readPronunciations();
  return { catalogue, problems: [...problems, ...pronunciationProblems(catalogue, lexicons, PRONUNCIATION_NAMES)] };
}
