/** Reads the content sources from disk, for the build, the voice pipeline and the tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentSourceNames, ContentSources } from '../domain/content/build-content';
import { perLanguage, type Language } from '../domain/languages';

export const STRUCTURE_FILE = 'assets/content/programme.json';
export const localeFile = (language: Language) => `locales/${language}/programme.json`;
export const falcFile = (language: Language) => `locales/${language}/falc.json`;
export const CONTENT_FILES: ContentSourceNames = { structure: STRUCTURE_FILE, locale: localeFile, falc: falcFile };

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

function readJson(relative: string): unknown {
  const file = path.join(PROJECT_ROOT, relative);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${relative}: ${(error as Error).message}`);
  }
}

export function pictogramNames(): Set<string> {
  return new Set(readdirSync(path.join(PROJECT_ROOT, 'assets/pictograms')).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)));
}

export function readContentSources(): Required<ContentSources> {
  return {
    structure: readJson(STRUCTURE_FILE),
    locales: perLanguage((language) => readJson(localeFile(language))),
    falcRules: perLanguage((language) => readJson(falcFile(language))),
    pictograms: pictogramNames(),
    names: CONTENT_FILES,
  };
}

/** The UI strings (namespace `ui`) and pictogram text alternatives (`pictograms`) of every language, as i18next resources. */
export function readUiResources(): Record<Language, { ui: unknown; pictograms: unknown }> {
  return perLanguage((language) => ({ ui: readJson(`locales/${language}/ui.json`), pictograms: readJson(`locales/${language}/pictograms.json`) }));
}
