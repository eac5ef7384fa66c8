/**
 * The content check: for every item in every language, is its text there, its pictogram, and each of its clips
 * and word timings, present and made for the text the page shows? That last check compares the manifest's
 * `shownHash` with the lines shown; what the voice says after the pronunciation lexicon, and a recording, are
 * checked at build time by `npm run voice` and the content check.
 */
import type { ResolvedItem } from '../../../domain/content/build-content';
import type { AudioManifest } from '../../../domain/narration/audio-manifest';
import { clipKey, type ClipKey, type ItemField } from '../../../domain/narration/clip-keys';
import type { NarrationText } from '../../../domain/narration/narration-catalogue';
import { shownTextInput } from '../../../domain/narration/narration-fingerprint';
import type { Language } from '../../../contract/venue-config';

export const CHECKED_FIELDS: readonly ItemField[] = ['title', 'easy', 'full', 'presenter', 'question'];

export interface ItemCheck {
  language: Language;
  itemId: string;
  title: string;
  /** Fields whose text is empty. */
  missingText: ItemField[];
  pictogramOk: boolean;
  missingClips: ItemField[];
  staleClips: ItemField[];
  missingTimings: ItemField[];
}

export interface ContentCheckSources {
  items: readonly ResolvedItem[];
  languages: readonly Language[];
  manifest: AudioManifest;
  catalogue: readonly NarrationText[];
  pictogramUrl: (name: string) => string | undefined;
  clipUrls: (language: Language, key: ClipKey) => { audioUrl: string; timingsUrl: string } | undefined;
  /** True when the file at this URL can be read (and, for timings, holds word timings). */
  fileOk: (url: string, kind: 'audio' | 'timings' | 'pictogram') => Promise<boolean>;
  sha256: (text: string) => Promise<string>;
}

/** Runs `work` over the list with at most `limit` at a time. */
async function inBatches<T>(list: readonly T[], limit: number, work: (entry: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < list.length) await work(list[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
}

export async function checkContent(sources: ContentCheckSources): Promise<ItemCheck[]> {
  const manifest = new Map(sources.manifest.entries.map((entry) => [`${entry.language}/${entry.key}`, entry]));
  const catalogue = new Map(sources.catalogue.map((text) => [`${text.language}/${text.key}`, text]));
  const checks: ItemCheck[] = [];
  const tasks: (() => Promise<void>)[] = [];
  for (const language of sources.languages) {
    for (const item of sources.items) {
      const text = item.text[language];
      const check: ItemCheck = {
        language,
        itemId: item.id,
        title: text?.title ?? item.id,
        missingText: CHECKED_FIELDS.filter((field) => {
          const value = text?.[field];
          return Array.isArray(value) ? value.length === 0 : !value;
        }),
        pictogramOk: false,
        missingClips: [],
        staleClips: [],
        missingTimings: [],
      };
      checks.push(check);
      const pictogram = sources.pictogramUrl(item.pictogram);
      tasks.push(async () => {
        check.pictogramOk = pictogram !== undefined && (await sources.fileOk(pictogram, 'pictogram'));
      });
      for (const field of CHECKED_FIELDS) {
        const key = clipKey.item(item.id, field);
        const entry = manifest.get(`${language}/${key}`);
        const urls = sources.clipUrls(language, key);
        if (!entry || !urls) {
          check.missingClips.push(field);
          check.missingTimings.push(field);
          continue;
        }
        tasks.push(async () => {
          if (!(await sources.fileOk(urls.audioUrl, 'audio'))) check.missingClips.push(field);
          if (!(await sources.fileOk(urls.timingsUrl, 'timings'))) check.missingTimings.push(field);
          const spoken = catalogue.get(`${language}/${key}`);
          if (!spoken || (await sources.sha256(shownTextInput(spoken.lines))) !== entry.shownHash) {
            check.staleClips.push(field);
          }
        });
      }
    }
  }
  await inBatches(tasks, 8, (task) => task());
  for (const check of checks) for (const list of [check.missingClips, check.staleClips, check.missingTimings]) list.sort((a, b) => CHECKED_FIELDS.indexOf(a) - CHECKED_FIELDS.indexOf(b));
  return checks;
}

export const problemCount = (check: ItemCheck) => check.missingText.length + (check.pictogramOk ? 0 : 1) + check.missingClips.length + check.staleClips.length + check.missingTimings.length;
