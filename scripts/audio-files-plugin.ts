/**
 * The narration's files, out of the page's script: Vite would otherwise compile the whole audio manifest and
 * an import of every clip (about 3,000) into the bundle the first screen waits for. At build time this plugin
 * copies each clip and its word timings into assets/ under a name with a hash of its content, and writes per
 * language a small index (key → clip, timings, duration) that the page fetches as data, plus the full
 * manifest for the facilitator's content check, fetched only there. The page learns the few index names from
 * the module `virtual:audio-files`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { LANGUAGES, type Language } from '../contract/venue-config';
import type { AudioManifest } from '../domain/narration/audio-manifest';
import type { ClipIndex } from '../domain/narration/clip-index';
import { SHOWN_FINGERPRINT_LENGTH } from '../contract/recorded-voices';
import { PROJECT_ROOT } from './content-sources';

const MODULE_ID = 'virtual:audio-files';
const RESOLVED_ID = `\0${MODULE_ID}`;
const AUDIO_DIR = path.join(PROJECT_ROOT, 'audio');

const contentHash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('base64url').slice(0, 10);

interface AudioOutput {
  files: { fileName: string; source: string | Uint8Array }[];
  indexUrls: Record<Language, string>;
  manifestUrl: string;
}

/** Every file the build writes for the narration, and the URLs (relative to the page) of the indexes. */
export function audioOutput(): AudioOutput {
  const manifestText = readFileSync(path.join(AUDIO_DIR, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as AudioManifest;
  const files: AudioOutput['files'] = [];
  // Named as Vite names an asset: the file's name, a hash of its content, its last extension.
  const asset = (relative: string) => {
    const source = readFileSync(path.join(AUDIO_DIR, relative));
    const extension = path.extname(relative);
    const fileName = `assets/${path.basename(relative, extension)}-${contentHash(source)}${extension}`;
    files.push({ fileName, source });
    return fileName;
  };
  const indexes = new Map<Language, ClipIndex>(LANGUAGES.map((language) => [language, { clips: {} }]));
  for (const entry of manifest.entries) {
    indexes.get(entry.language)!.clips[entry.key] = { audio: asset(entry.file), timings: asset(entry.timings), duration: entry.duration, shown: entry.shownHash.slice(0, SHOWN_FINGERPRINT_LENGTH) };
  }
  const indexUrls = {} as Record<Language, string>;
  for (const [language, index] of indexes) {
    const json = JSON.stringify(index);
    indexUrls[language] = `audio/${language}-${contentHash(json)}.json`;
    files.push({ fileName: indexUrls[language], source: json });
  }
  const manifestUrl = `audio/manifest-${contentHash(manifestText)}.json`;
  files.push({ fileName: manifestUrl, source: manifestText });
  return { files, indexUrls, manifestUrl };
}

/** A data file the page fetches at its start, asked for by the page's head (the fetch then takes the preloaded answer). */
export const preloadFetch = (url: string): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${url}` }, injectTo: 'head' });

export function audioFilesPlugin(): Plugin {
  let output: AudioOutput | null = null;
  const current = () => (output ??= audioOutput());
  return {
    name: 'kelvoa-audio-files',
    buildStart() {
      output = null;
      this.addWatchFile(path.join(AUDIO_DIR, 'manifest.json'));
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { indexUrls, manifestUrl } = current();
      return `export const clipIndexUrls = ${JSON.stringify(indexUrls)};\nexport const manifestUrl = ${JSON.stringify(manifestUrl)};`;
    },
    // The first screen speaks in every language: their indexes download beside the page's script, not after it.
    transformIndexHtml: () => Object.values(current().indexUrls).map(preloadFetch),
    generateBundle() {
      for (const { fileName, source } of current().files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
