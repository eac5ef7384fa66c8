/**
 * Where each narration clip of the build is. Each language's index is fetched as data (not compiled into the
 * page's script) when the page starts; until a language's index is there, its clips are not known.
 */
import { clipIndexUrls } from 'virtual:audio-files';
import type { Language } from '../../../contract/venue-config';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import { parseClipIndex } from '../../../domain/narration/clip-index';
import type { ClipSource } from './narrator';

const loaded = new Map<Language, Map<string, ClipSource>>();
const loading = new Map<Language, Promise<void>>();

/** An index (a few tens of kB from the local disk) not read after this long will not be: the page goes on without it. */
const INDEX_TIMEOUT_MS = 8000;

async function fetchIndex(language: Language): Promise<void> {
  const url = new URL(clipIndexUrls[language], document.baseURI);
  const response = await fetch(url, { signal: AbortSignal.timeout(INDEX_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  const index = parseClipIndex(await response.json());
  if (!index) throw new Error(`${url.pathname}: not a clip index`);
  const sources = new Map<string, ClipSource>();
  for (const [key, entry] of Object.entries(index.clips)) {
    sources.set(key, { audioUrl: new URL(entry.audio, document.baseURI).href, timingsUrl: new URL(entry.timings, document.baseURI).href, duration: entry.duration });
  }
  loaded.set(language, sources);
}

/** Loads a language's clip index once; a failed load may be tried again. */
export function loadClipIndex(language: Language): Promise<void> {
  let load = loading.get(language);
  if (!load) {
    load = fetchIndex(language).catch((error: unknown) => {
      loading.delete(language);
      throw error;
    });
    loading.set(language, load);
  }
  return load;
}

export function resolveClip(language: Language, key: ClipKey): ClipSource | undefined {
  return loaded.get(language)?.get(key);
}
