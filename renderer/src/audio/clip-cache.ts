/**
 * The decoded clips kept in memory, within a budget of bytes: a clip is loaded (audio decoded, word timings
 * read) once, and the least recently used are evicted beyond the budget, never one still loading or one
 * the owner says it keeps. A clip that cannot be loaded, or not within the timeout, rejects its `ready`.
 */
import { Howl } from 'howler';
import type { WordTiming } from '../../../domain/narration/audio-manifest';
import type { ClipKey } from '../../../domain/narration/clip-keys';
import { parseWordTimings } from '../../../domain/narration/word-timings';
import { ensureAudioOutput, outputSampleRate } from './audio-output';

export interface ClipSource {
  audioUrl: string;
  timingsUrl: string;
  /** Seconds, from the manifest: used to budget the cache before a clip is decoded. */
  duration: number;
}

export interface CachedClip {
  /** The audio file's URL: the cache key, unique per language and clip. */
  url: string;
  howl: Howl;
  ready: Promise<void>;
  /** Set when `ready` settles, so a decoded clip can start without waiting for a promise. */
  loaded: boolean;
  timings: WordTiming[];
  bytes: number;
  lastUsed: number;
}

export interface ClipCacheOptions {
  /** Upper bound of decoded audio kept in memory. */
  budgetBytes: number;
  /** A clip (audio and timings) not loaded after this long is given up. */
  loadTimeoutMs: number;
  /** Clips never evicted whatever the budget (the one playing, the ones waiting or pinned). */
  isKept: (clip: CachedClip) => boolean;
  onProblem: (message: string) => void;
}

/** Decoded size of a clip: float32 samples at the output's rate, mono. */
export function decodedBytes(durationSeconds: number, sampleRate: number): number {
  return Math.ceil(durationSeconds * sampleRate) * 4;
}

async function loadTimings(url: string, timeoutMs: number): Promise<WordTiming[]> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const timings = parseWordTimings(await response.json());
  if (!timings.ok) throw new Error(`wrong shape: ${timings.problem}`);
  return timings.words;
}

export class ClipCache {
  private readonly clips = new Map<string, CachedClip>();
  /** Timings files already reported as wrong: each is logged once. */
  private readonly reportedTimings = new Set<string>();

  constructor(private readonly options: ClipCacheOptions) {}

  get totalBytes(): number {
    let total = 0;
    for (const clip of this.clips.values()) total += clip.bytes;
    return total;
  }

  /** URLs of the clips in memory (decoded or loading). */
  get urls(): string[] {
    return [...this.clips.keys()];
  }

  has(url: string): boolean {
    return this.clips.has(url);
  }

  /** The clip of this source: the one in memory, else a new load. */
  get(key: ClipKey, source: ClipSource): CachedClip {
    return this.clips.get(source.audioUrl) ?? this.load(key, source);
  }

  /** Starts loading a clip and keeps it; `ready` settles when both its audio and its timings are there. */
  load(key: ClipKey, source: ClipSource): CachedClip {
    ensureAudioOutput();
    const timeoutMs = this.options.loadTimeoutMs;
    let howl!: Howl;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const audioReady = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${source.audioUrl} not loaded after ${timeoutMs / 1000} s`)), timeoutMs);
      howl = new Howl({
        src: [source.audioUrl],
        format: ['opus'],
        html5: false,
        preload: true,
        onload: () => resolve(),
        onloaderror: (_id, error) => reject(new Error(`cannot decode ${source.audioUrl}: ${String(error)}`)),
        onplayerror: (_id, error) => this.options.onProblem(`${key}: playback failed: ${String(error)}`),
      });
    });
    const clip: CachedClip = { url: source.audioUrl, howl, ready: Promise.resolve(), loaded: false, timings: [], bytes: decodedBytes(source.duration, outputSampleRate()), lastUsed: performance.now() };
    const timingsReady = loadTimings(source.timingsUrl, timeoutMs).then(
      (timings) => {
        clip.timings = timings;
      },
      // Without timings the clip still plays; only the word highlight is lost.
      (error: Error) => this.reportTimings(source.timingsUrl, `${key}: word timings unavailable: ${error.message}`),
    );
    clip.ready = Promise.all([audioReady, timingsReady]).then(
      () => {
        clearTimeout(timer);
        clip.loaded = true;
        // Clips that were loading could not be evicted: the budget is restored now that this one is done.
        this.evict();
      },
      (error: unknown) => {
        clearTimeout(timer);
        throw error;
      },
    );
    this.clips.set(clip.url, clip);
    this.evict();
    return clip;
  }

  /** Unloads a clip and drops it (a failed one is so tried again next time). */
  forget(clip: CachedClip): void {
    clip.howl.unload();
    if (this.clips.get(clip.url) === clip) this.clips.delete(clip.url);
  }

  private reportTimings(url: string, message: string): void {
    if (this.reportedTimings.has(url)) return;
    this.reportedTimings.add(url);
    this.options.onProblem(message);
  }

  /**
   * Evicts the least recently used clips beyond the budget. Never evicted: a clip still loading (unloading
   * it mid-decode makes howler report an intact clip as undecodable) and whatever the owner keeps.
   */
  private evict(): void {
    let total = this.totalBytes;
    if (total <= this.options.budgetBytes) return;
    const candidates = [...this.clips.values()].filter((clip) => clip.loaded && !this.options.isKept(clip)).sort((a, b) => a.lastUsed - b.lastUsed);
    for (const clip of candidates) {
      if (total <= this.options.budgetBytes) break;
      this.forget(clip);
      total -= clip.bytes;
    }
  }
}
