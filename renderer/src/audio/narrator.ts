/**
 * The one narration channel of the kiosk, on howler (Web Audio). Starting a narration stops the previous
 * one. Clips are decoded ahead into a bounded cache (least recently used evicted), so a tap plays at once.
 * A missing or corrupt clip is reported, never thrown: the text stays on screen and the next clip plays.
 */
import { Howl, Howler } from 'howler';
import type { WordTiming } from '../../../domain/narration/audio-manifest';

export interface ClipSource {
  audioUrl: string;
  timingsUrl: string;
  /** Seconds, from the manifest: used to budget the cache before a clip is decoded. */
  duration: number;
}

export interface NarrationPosition {
  line: number;
  word: number;
}

export interface NarrationState {
  key: string | null;
  status: 'idle' | 'loading' | 'playing' | 'paused';
  position: NarrationPosition | null;
  /** A clip that could not be played, for a visible notice. */
  failedKey: string | null;
}

export interface NarratorOptions {
  resolve: (key: string) => ClipSource | undefined;
  /** Upper bound of decoded audio kept in memory. */
  cacheBytes: number;
  onState: (state: NarrationState) => void;
  onProblem: (message: string) => void;
  /** Called with performance.now() when a clip actually starts, for latency measurement. */
  onStarted?: (key: string, at: number) => void;
}

interface CachedClip {
  /** The audio file's URL: the cache key, unique per language and clip. */
  url: string;
  howl: Howl;
  ready: Promise<void>;
  timings: WordTiming[];
  bytes: number;
  lastUsed: number;
}

/** Decoded size of a clip: float32 samples at the output's rate, mono. */
export function decodedBytes(durationSeconds: number, sampleRate: number): number {
  return Math.ceil(durationSeconds * sampleRate) * 4;
}

export function positionAt(timings: readonly WordTiming[], seconds: number): NarrationPosition | null {
  let current: WordTiming | undefined;
  for (const timing of timings) {
    if (timing.start > seconds) break;
    current = timing;
  }
  return current ? { line: current.line, word: current.word } : null;
}

export class Narrator {
  private readonly cache = new Map<string, CachedClip>();
  private playing: CachedClip | null = null;
  private queue: string[] = [];
  private generation = 0;
  private frame = 0;
  private rate = 1;
  private state: NarrationState = { key: null, status: 'idle', position: null, failedKey: null };

  constructor(private readonly options: NarratorOptions) {
    // An unattended kiosk must answer the first tap of the day at once: the audio context never sleeps.
    Howler.autoSuspend = false;
    Howler.html5PoolSize = 0;
  }

  get cachedBytes(): number {
    let total = 0;
    for (const clip of this.cache.values()) total += clip.bytes;
    return total;
  }

  /** URLs of the clips decoded in memory. */
  get cachedUrls(): string[] {
    return [...this.cache.keys()];
  }

  /** Decodes clips ahead, most important first; nothing beyond the cache budget is kept. */
  preload(keys: readonly string[]): void {
    for (const key of keys) {
      const source = this.options.resolve(key);
      if (!source || this.cache.has(source.audioUrl)) continue;
      this.load(key, source).ready.catch(() => undefined);
    }
  }

  play(keys: readonly string[]): void {
    this.stopCurrent();
    this.generation++;
    this.queue = [...keys];
    this.update({ failedKey: null });
    void this.next(this.generation);
  }

  pause(): void {
    if (this.playing && this.state.status === 'playing') {
      this.playing.howl.pause();
      cancelAnimationFrame(this.frame);
      this.update({ status: 'paused' });
    }
  }

  resume(): void {
    if (this.playing && this.state.status === 'paused') {
      this.playing.howl.play();
      this.update({ status: 'playing' });
      this.track(this.playing);
    }
  }

  /** Plays the last narration again from its start. */
  replay(): void {
    if (this.state.key) this.play([this.state.key, ...this.queue]);
  }

  stop(): void {
    this.generation++;
    this.queue = [];
    this.stopCurrent();
    this.update({ key: null, status: 'idle', position: null });
  }

  setRate(rate: number): void {
    this.rate = rate;
    // Each clip takes the rate when it starts playing; only the one playing now needs it at once.
    this.playing?.howl.rate(rate);
  }

  setVolumeDb(db: number): void {
    Howler.volume(10 ** (db / 20));
  }

  /** A short confirmation sound for every press, made on the spot so it never waits for a file. */
  click(): void {
    const ctx = Howler.ctx;
    if (!ctx || !Howler.masterGain) return;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.25, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.06);
    oscillator.connect(gain).connect(Howler.masterGain);
    oscillator.start();
    oscillator.stop(ctx.currentTime + 0.07);
  }

  private async next(generation: number): Promise<void> {
    const key = this.queue.shift();
    if (key === undefined) {
      this.update({ status: 'idle', position: null });
      return;
    }
    const source = this.options.resolve(key);
    const clip = source && (this.cache.get(source.audioUrl) ?? this.load(key, source));
    if (!clip) {
      this.fail(key, 'no clip in the audio manifest');
      if (generation === this.generation) void this.next(generation);
      return;
    }
    clip.lastUsed = performance.now();
    this.update({ key, status: 'loading', position: null });
    try {
      await clip.ready;
    } catch (error) {
      this.cache.delete(clip.url);
      clip.howl.unload();
      this.fail(key, (error as Error).message);
      if (generation === this.generation) void this.next(generation);
      return;
    }
    if (generation !== this.generation) return;
    this.playing = clip;
    clip.howl.rate(this.rate);
    clip.howl.once('end', () => {
      cancelAnimationFrame(this.frame);
      if (generation === this.generation) void this.next(generation);
    });
    clip.howl.play();
    this.options.onStarted?.(key, performance.now());
    this.update({ status: 'playing', position: positionAt(clip.timings, 0) });
    this.track(clip);
  }

  private track(clip: CachedClip): void {
    cancelAnimationFrame(this.frame);
    const step = () => {
      if (this.playing !== clip || !clip.howl.playing()) return;
      const position = positionAt(clip.timings, clip.howl.seek() as number);
      if (position?.line !== this.state.position?.line || position?.word !== this.state.position?.word) this.update({ position });
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private load(key: string, source: ClipSource): CachedClip {
    const sampleRate = Howler.ctx?.sampleRate ?? 48_000;
    let howl!: Howl;
    const audioReady = new Promise<void>((resolve, reject) => {
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
    const clip: CachedClip = { url: source.audioUrl, howl, ready: Promise.resolve(), timings: [], bytes: decodedBytes(source.duration, sampleRate), lastUsed: performance.now() };
    const timingsReady = fetch(source.timingsUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`timings ${response.status}`))))
      .then((data: { words: WordTiming[] }) => {
        clip.timings = data.words;
      })
      // Without timings the clip still plays; only the word highlight is lost.
      .catch((error: Error) => this.options.onProblem(`${key}: word timings unavailable: ${error.message}`));
    clip.ready = Promise.all([audioReady, timingsReady]).then(() => undefined);
    this.cache.set(clip.url, clip);
    this.evict();
    return clip;
  }

  private evict(): void {
    let total = this.cachedBytes;
    if (total <= this.options.cacheBytes) return;
    const candidates = [...this.cache.values()].filter((clip) => clip !== this.playing).sort((a, b) => a.lastUsed - b.lastUsed);
    for (const clip of candidates) {
      if (total <= this.options.cacheBytes) break;
      clip.howl.unload();
      this.cache.delete(clip.url);
      total -= clip.bytes;
    }
  }

  private stopCurrent(): void {
    cancelAnimationFrame(this.frame);
    if (this.playing) {
      this.playing.howl.off('end');
      this.playing.howl.stop();
      this.playing = null;
    }
  }

  private fail(key: string, reason: string): void {
    this.options.onProblem(`${key}: ${reason}`);
    this.update({ failedKey: key });
  }

  private update(change: Partial<NarrationState>): void {
    this.state = { ...this.state, ...change };
    this.options.onState(this.state);
  }
}
