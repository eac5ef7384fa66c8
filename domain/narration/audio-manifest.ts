/** Clips are Ogg Opus files (.opus). The narration manifest (audio/manifest.json) and word timings, as written by `npm run voice`. */
import type { Language } from '../../contract/venue-config';
import type { NarrationLevel } from './narration-catalogue';

export interface WordTiming {
  /** Line of the displayed text, and the word's index among that line's words. */
  line: number;
  word: number;
  /** Seconds from the start of the clip. */
  start: number;
  end: number;
}

export interface ManifestEntry {
  key: string;
  language: Language;
  level: NarrationLevel;
  source: 'recorded' | 'synthesised';
  engine: string;
  voice: string;
  /** Seconds. */
  duration: number;
  /** SHA-256 of the spoken text, so stale audio is detected. */
  textHash: string;
  /** SHA-256 of the displayed lines the word timings point to (narration-fingerprint.ts), checked by the page. */
  shownHash: string;
  /** Paths relative to audio/. */
  file: string;
  timings: string;
}

export interface AudioManifest {
  version: 1;
  entries: ManifestEntry[];
}

export const clipFile = (language: Language, key: string) => `${language}/${key}.opus`;
export const timingsFile = (language: Language, key: string) => `${language}/${key}.timings.json`;
