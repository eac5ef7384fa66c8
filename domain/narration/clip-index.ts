/** What the page loads, per language, to find the narration: each clip key's audio, word timings and duration. */
export interface ClipIndexEntry {
  /** URLs relative to the page. */
  audio: string;
  timings: string;
  /** Seconds. */
  duration: number;
  /** Fingerprint of the displayed lines the clip was made for (recorded-voices.ts's SHOWN_FINGERPRINT_LENGTH hex digits). */
  shown?: string;
}

export interface ClipIndex {
  clips: Record<string, ClipIndexEntry>;
}

/** A clip index as fetched; null when it is not one (a damaged file). */
export function parseClipIndex(value: unknown): ClipIndex | null {
  if (typeof value !== 'object' || value === null) return null;
  const clips = (value as { clips?: unknown }).clips;
  if (typeof clips !== 'object' || clips === null || Array.isArray(clips)) return null;
  const parsed: ClipIndex = { clips: Object.create(null) as Record<string, ClipIndexEntry> };
  for (const [key, entry] of Object.entries(clips as Record<string, unknown>)) {
    const { audio, timings, duration, shown } = (entry ?? {}) as Record<string, unknown>;
    if (typeof audio === 'string' && typeof timings === 'string' && typeof duration === 'number' && Number.isFinite(duration)) {
      parsed.clips[key] = typeof shown === 'string' ? { audio, timings, duration, shown } : { audio, timings, duration };
    }
  }
  return parsed;
}
