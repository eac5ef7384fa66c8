/**
 * Where each narration clip of the build is. Each language's index is fetched as data (not compiled into the
 * page's script) when the page starts; until a language's index is there, its clips are not known. A text
 * recorded at the venue is played in place of its synthetic clip (recorded-clips.ts).
 */
import { clipIndexUrls } from 'virtual:audio-files';
import type { Language } from '../../../contract/venue-config';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import { parseClipIndex, type ClipIndex } from '../../../domain/narration/clip-index';
import { kioskApi } from '../platform/kiosk-api';
import type { ClipSource } from './narrator';
import { recordedClip, setRecordedTexts } from './recorded-clips';

/** Per language, its index as fetched, and the sources made from it as clips are asked for. */
const loaded = new Map<Language, { clips: ClipIndex['clips']; sources: Map<string, ClipSource & { shown?: string }> }>();
const loading = new Map<Language, Promise<void>>();

/** An index (a few tens of kB from the local disk) not read after this long will not be: the page goes on without it. */
const INDEX_TIMEOUT_MS = 8000;

async function fetchIndex(language: Language): Promise<void> {
  const url = new URL(clipIndexUrls[language], document.baseURI);
  const response = await fetch(url, { signal: AbortSignal.timeout(INDEX_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  const index = parseClipIndex(await response.json());
  if (!index) throw new Error(`${url.pathname}: not a clip index`);
  // Each clip's addresses are made when it is first asked for, not 1,500 at once before the first screen.
  loaded.set(language, { clips: index.clips, sources: new Map() });
}

/**
 * Reads a language's recordings (again); unreadable, the synthetic voice is kept (and the host has logged why).
 * Until they are read, the synthetic clip is the one played: the page reads them once its first screen is drawn.
 */
export async function reloadRecordedVoices(language: Language): Promise<void> {
  try {
    setRecordedTexts(language, await kioskApi.recordedVoices(language));
  } catch (error) {
    kioskApi.log({ level: 'warn', scope: 'audio', message: `recorded voices of ${language} unavailable, the synthetic voice is used: ${String(error)}` });
  }
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
  const synthetic = syntheticClip(language, key);
  return recordedClip(language, key, synthetic?.shown) ?? synthetic;
}

/** The clip made at build time, even where a recording replaces it (the studio plays it as the model). */
export function syntheticClip(language: Language, key: ClipKey): (ClipSource & { shown?: string }) | undefined {
  const index = loaded.get(language);
  const entry = index?.clips[key];
  if (!index || !entry) return undefined;
  let source = index.sources.get(key);
  if (!source) {
    source = { audioUrl: new URL(entry.audio, document.baseURI).href, timingsUrl: new URL(entry.timings, document.baseURI).href, duration: entry.duration, shown: entry.shown };
    index.sources.set(key, source);
  }
  return source;
}
