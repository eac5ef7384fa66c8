/**
 * The programme's texts, out of the page's script. At build time this plugin builds the content as the page
 * shows it, validated (buildContent: a build with a problem stops here, as `npm run content:check` does
 * before it), and splits it (domain/content/page-content.ts): the structure (ids, pictograms, addresses) is
 * compiled into the page, and each language's texts are written as a data file under a name with a hash of its
 * content, which the page fetches when that language is needed. The page learns both from the module
 * `virtual:content-files`. The validation library stays at build time.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_VENUE_CONFIG, LANGUAGES, type Language } from '../contract/venue-defaults';
import { preloadFetch } from './audio-files-plugin';
import { buildContent, formatProblem } from '../domain/content/build-content';
import { splitContent, type ContentStructure } from '../domain/content/page-content';
import { CONTENT_FILES, PROJECT_ROOT, readContentSources } from './content-sources';

const MODULE_ID = 'virtual:content-files';
const RESOLVED_ID = `\0${MODULE_ID}`;

const contentHash = (data: string) => createHash('sha256').update(data).digest('base64url').slice(0, 10);

interface ContentOutput {
  structure: ContentStructure;
  files: { fileName: string; source: string }[];
  textsUrls: Record<Language, string>;
}

/** The structure, and per language the file of its texts and its URL (relative to the page). */
export function contentOutput(): ContentOutput {
  const { structure, locales, pictograms, names } = readContentSources();
  const built = buildContent({ structure, locales, pictograms, names });
  if (built.problems.length > 0) throw new Error(`the content is invalid (npm run content:check):\n  ${built.problems.map(formatProblem).join('\n  ')}`);
  const split = splitContent(built.content);
  const files: ContentOutput['files'] = [];
  const textsUrls = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const json = JSON.stringify(split.texts[language]);
    textsUrls[language] = `content/${language}-${contentHash(json)}.json`;
    files.push({ fileName: textsUrls[language], source: json });
  }
  return { structure: split.structure, files, textsUrls };
}

export function contentFilesPlugin(): Plugin {
  let output: ContentOutput | null = null;
  const current = () => (output ??= contentOutput());
  return {
    name: 'kelvoa-content-files',
    buildStart() {
      output = null;
      for (const file of [CONTENT_FILES.structure, ...LANGUAGES.map(CONTENT_FILES.locale)]) this.addWatchFile(path.join(PROJECT_ROOT, file));
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { structure, textsUrls } = current();
      return `export const contentStructure = ${JSON.stringify(structure)};\nexport const textsUrls = ${JSON.stringify(textsUrls)};`;
    },
    // The default language's texts come with the first screen (main.tsx awaits them): fetched beside the script.
    transformIndexHtml: () => [preloadFetch(current().textsUrls[DEFAULT_VENUE_CONFIG.defaultLanguage])],
    generateBundle() {
      for (const { fileName, source } of current().files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
