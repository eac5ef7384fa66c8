/**
 * The voices recorded at the venue, played in place of the synthetic clip of the same text. A recorded clip is
 * played only while the text shown is still the one it was recorded for (the clip index's `shown`
 * fingerprint): after a content change the visitor hears the synthetic voice, never old words under new ones.
 * The host gives the clips as bytes; they are played from blob: URLs made here.
 */
import type { Language } from '../../../contract/venue-config';
import type { RecordedText } from '../../../contract/recorded-voices';
import type { ClipSource } from './narrator';

interface RecordedSource extends ClipSource {
  shown: string;
}

const recorded = new Map<Language, Map<string, RecordedSource>>();

function sourceOf(text: RecordedText): RecordedSource | null {
  const clip = text.clip;
  if (!clip) return null;
  const timings = { key: text.key, language: text.language, duration: clip.duration, words: clip.words };
  return {
    audioUrl: URL.createObjectURL(new Blob([clip.audio as BlobPart], { type: 'audio/ogg' })),
    timingsUrl: URL.createObjectURL(new Blob([JSON.stringify(timings)], { type: 'application/json' })),
    duration: clip.duration,
    shown: clip.shown,
  };
}

/** Replaces what is known of a language's recordings (after a start, or a change in the studio). */
export function setRecordedTexts(language: Language, texts: readonly RecordedText[]): void {
  for (const source of recorded.get(language)?.values() ?? []) {
    URL.revokeObjectURL(source.audioUrl);
    URL.revokeObjectURL(source.timingsUrl);
  }
  const sources = new Map<string, RecordedSource>();
  for (const text of texts) {
    const source = sourceOf(text);
    if (source) sources.set(text.key, source);
  }
  recorded.set(language, sources);
}

/** The recorded clip of a text, if there is one made for the lines shown now (`shown`, from the clip index). */
export function recordedClip(language: Language, key: string, shown: string | undefined): ClipSource | undefined {
  const source = recorded.get(language)?.get(key);
  return source && shown !== undefined && source.shown === shown ? source : undefined;
}
