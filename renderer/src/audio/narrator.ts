/**
 * The kiosk's voice, on howler (Web Audio): the playback state machine of its two channels.
 * - the page's narration (what a screen says, a text, a question): one at a time, a new one stops the
 *   previous, with word positions for the highlight; "listen again" replays it;
 * - a button's name (held, hovered, or reached by scanning): short, it holds the page's narration and lets
 *   it go on afterwards, and it never becomes what "listen again" replays.
 * Clips come from a bounded cache of decoded clips (clip-cache.ts), decoded ahead (clip-preloader.ts), so a
 * tap plays at once: a decoded clip starts inside the press handler itself. The click and alert tones are
 * press-tones.ts; the audio context and volume, audio-output.ts.
 * A missing, corrupt or never-arriving clip (load timeout) is reported, never thrown: the text stays on
 * screen and the next clip plays. A timings file of the wrong shape only loses the word highlight.
 */
import type { WordTiming } from '../../../domain/narration/audio-manifest';
import { requestedKey, type ClipKey, type ClipRequest } from '../../../domain/narration/clip-keys';
import { afterSounded, audioClockNow } from './audio-clock';
import { setOutputVolumeDb } from './audio-output';
import { ClipCache, type CachedClip, type ClipSource } from './clip-cache';
import { ClipPreloader } from './clip-preloader';
import { playAlertTone, playClickTone } from './press-tones';

export { decodedBytes, type ClipSource } from './clip-cache';

export interface NarrationPosition {
  line: number;
  word: number;
}

export interface NarrationState {
  key: ClipKey | null;
  status: 'idle' | 'loading' | 'playing' | 'paused';
  position: NarrationPosition | null;
  /** A clip that could not be played, for a visible notice. */
  failedKey: ClipKey | null;
}

export interface NarratorOptions {
  resolve: (request: ClipRequest) => ClipSource | undefined;
  /** Upper bound of decoded audio kept in memory. */
  cacheBytes: number;
  onState: (state: NarrationState) => void;
  onProblem: (message: string) => void;
  /** A clip (audio and timings) not loaded after this long is given up: notice, log, the visit goes on. */
  loadTimeoutMs: number;
  /** Called with performance.now() when a clip actually starts, for latency measurement. */
  onStarted?: (key: ClipKey, at: number, channel: 'narration' | 'name') => void;
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
  private readonly cache: ClipCache;
  private readonly preloader: ClipPreloader;
  /**
   * The page's narration: the clip playing, its sound id in that clip's Howl, and when (on the audio clock) it
   * will have been heard to its end.
   */
  private playing: { clip: CachedClip; soundId: number; soundedBy: number } | null = null;
  private queue: ClipRequest[] = [];
  /** The last page narration asked for, whole: what "listen again" replays. */
  private lastNarration: readonly ClipRequest[] = [];
  private generation = 0;
  /** A button's name being said, and whether the page's narration waits for it. */
  private name: { clip: CachedClip; soundId: number; holding: boolean } | null = null;
  private nameGeneration = 0;
  private frame = 0;
  private rate = 1;
  private state: NarrationState = { key: null, status: 'idle', position: null, failedKey: null };

  constructor(private readonly options: NarratorOptions) {
    this.cache = new ClipCache({
      budgetBytes: options.cacheBytes,
      loadTimeoutMs: options.loadTimeoutMs,
      isKept: (clip) => this.isInUse(clip),
      onProblem: options.onProblem,
    });
    this.preloader = new ClipPreloader({ resolve: options.resolve, cache: this.cache, onProblem: options.onProblem });
  }

  get cachedBytes(): number {
    return this.cache.totalBytes;
  }

  /** URLs of the clips decoded in memory. */
  get cachedUrls(): string[] {
    return this.cache.urls;
  }

  /** Decodes clips ahead, most important first, a few at a time; nothing beyond the cache budget is kept. */
  preload(requests: readonly ClipRequest[]): void {
    this.preloader.preload(requests);
  }

  /**
   * Decodes these clips ahead once the narration just asked for has started (or failed, or when nothing is
   * said), when the page is idle: the clip the visitor waits for is decoded first, alone.
   */
  preloadWhenStarted(requests: readonly ClipRequest[]): void {
    this.preloader.holdForScreen(requests);
    if (this.state.status !== 'loading') this.preloader.release();
  }

  /** Starts the page's narration: these clips in turn, instead of whatever the page was saying. */
  play(requests: readonly ClipRequest[]): void {
    this.stopCurrent();
    this.stopName();
    this.generation++;
    this.queue = [...requests];
    this.lastNarration = [...requests];
    this.update({ failedKey: null });
    this.next(this.generation);
  }

  pause(): void {
    if (this.playing && this.state.status === 'playing') {
      this.update({ status: 'paused' });
      this.stopName();
      this.playing.clip.howl.pause(this.playing.soundId);
      cancelAnimationFrame(this.frame);
    }
  }

  resume(): void {
    if (this.playing && this.state.status === 'paused') {
      // A name said while the narration was paused ends first: one voice at a time.
      this.stopName();
      this.playOn(this.playing);
      this.update({ status: 'playing' });
      this.track();
    }
  }

  /** Plays the page's last narration again from its start (never a button's name). */
  replay(): void {
    if (this.lastNarration.length > 0) this.play(this.lastNarration);
  }

  stop(): void {
    this.generation++;
    this.queue = [];
    this.stopCurrent();
    this.stopName();
    this.update({ key: null, status: 'idle', position: null });
    this.preloader.release();
  }

  /**
   * Says a button's name on the short channel. The page's narration, if playing, waits and then goes on
   * from where it was; a new name replaces a name still being said.
   */
  speakName(request: ClipRequest): void {
    this.stopName();
    const generation = ++this.nameGeneration;
    const key = requestedKey(request);
    const clip = this.clipFor(request);
    if (!clip) {
      this.options.onProblem(`${key}: no clip in the audio manifest`);
      return;
    }
    clip.lastUsed = performance.now();
    const start = () => {
      if (generation !== this.nameGeneration) return;
      const holding = this.playing !== null && this.state.status === 'playing';
      if (holding) {
        this.playing!.clip.howl.pause(this.playing!.soundId);
        cancelAnimationFrame(this.frame);
      }
      clip.howl.rate(this.rate);
      const soundId = clip.howl.play();
      this.name = { clip, soundId, holding };
      // The narration it holds goes on once the name has been heard to its end, not only timed out. A name plays
      // through at one speed: its end is known now.
      const soundedBy = this.soundedBy(clip, soundId);
      clip.howl.once('end', () => afterSounded(() => soundedBy, () => generation === this.nameGeneration && this.stopName()), soundId);
      this.options.onStarted?.(key, performance.now(), 'name');
    };
    if (clip.loaded) {
      start();
      return;
    }
    clip.ready.then(start, (error: Error) => {
      this.cache.forget(clip);
      this.options.onProblem(`${key}: ${error.message}`);
    });
  }

  setRate(rate: number): void {
    this.rate = rate;
    // Each clip takes the rate when it starts playing; only the one playing now needs it at once.
    if (this.playing) {
      this.playing.clip.howl.rate(rate, this.playing.soundId);
      this.playing.soundedBy = this.soundedBy(this.playing.clip, this.playing.soundId);
    }
  }

  setVolumeDb(db: number): void {
    setOutputVolumeDb(db);
  }

  /** A short confirmation sound for every press, made on the spot so it never waits for a file. */
  click(): void {
    playClickTone();
  }

  /** A falling two-note sound that goes with a notice (a clip that cannot be played): heard, not only shown. */
  alert(): void {
    playAlertTone();
  }

  /** Plays the next clip of the narration: at once if it is decoded, else when it is. */
  private next(generation: number): void {
    const request = this.queue.shift();
    if (request === undefined) {
      this.update({ status: 'idle', position: null });
      this.preloader.release();
      return;
    }
    const key = requestedKey(request);
    const clip = this.clipFor(request);
    if (!clip) {
      this.fail(key, 'no clip in the audio manifest');
      if (generation === this.generation) this.next(generation);
      return;
    }
    clip.lastUsed = performance.now();
    if (clip.loaded) {
      this.start(clip, key, generation);
      return;
    }
    this.update({ key, status: 'loading', position: null });
    clip.ready.then(
      () => {
        if (generation === this.generation) this.start(clip, key, generation);
      },
      (error: Error) => {
        this.cache.forget(clip);
        if (generation !== this.generation) return;
        this.fail(key, error.message);
        this.next(generation);
      },
    );
  }

  private start(clip: CachedClip, key: ClipKey, generation: number): void {
    clip.howl.rate(this.rate);
    const soundId = clip.howl.play();
    const playing = { clip, soundId, soundedBy: this.soundedBy(clip, soundId) };
    this.playing = playing;
    clip.howl.once(
      'end',
      () => {
        cancelAnimationFrame(this.frame);
        // The next clip starts once this one has been heard to its end (see audio-clock.ts).
        afterSounded(() => playing.soundedBy, () => generation === this.generation && this.next(generation));
      },
      soundId,
    );
    this.options.onStarted?.(key, performance.now(), 'narration');
    this.update({ key, status: 'playing', position: positionAt(clip.timings, 0) });
    // The clip after this one is decoded while this one plays, so the narration goes on without a gap.
    if (this.queue[0] !== undefined) this.clipFor(this.queue[0])?.ready.catch(() => undefined);
    this.preloader.release();
    // A name asked for while this clip was loading is said first; the narration waits for it.
    if (this.name && !this.name.holding) {
      clip.howl.pause(soundId);
      this.name.holding = true;
      return;
    }
    this.track();
  }

  private track(): void {
    cancelAnimationFrame(this.frame);
    const playing = this.playing;
    if (!playing) return;
    const step = () => {
      if (this.playing !== playing || !playing.clip.howl.playing(playing.soundId)) return;
      const position = positionAt(playing.clip.timings, playing.clip.howl.seek(playing.soundId) as number);
      if (position?.line !== this.state.position?.line || position?.word !== this.state.position?.word) this.update({ position });
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  /**
   * Clips the cache must keep whatever its budget: the clip playing, the name being said, a clip waiting in
   * the narration's queue, and what the current screen can reach.
   */
  private isInUse(clip: CachedClip): boolean {
    if (clip === this.playing?.clip || clip === this.name?.clip || this.preloader.isPinned(clip.url)) return true;
    return this.queue.some((request) => this.options.resolve(request)?.audioUrl === clip.url);
  }

  private clipFor(request: ClipRequest): CachedClip | undefined {
    const source = this.options.resolve(request);
    return source && this.cache.get(requestedKey(request), source);
  }

  private stopName(): void {
    this.nameGeneration++;
    const name = this.name;
    if (!name) return;
    this.name = null;
    name.clip.howl.off('end', undefined, name.soundId);
    name.clip.howl.stop(name.soundId);
    if (name.holding && this.playing && this.state.status === 'playing') {
      this.playOn(this.playing);
      this.track();
    }
  }

  /** Plays the paused narration on from where it was, and notes when it will have been heard. */
  private playOn(playing: NonNullable<Narrator['playing']>): void {
    playing.clip.howl.play(playing.soundId);
    playing.soundedBy = this.soundedBy(playing.clip, playing.soundId);
  }

  /** When, on the audio clock, a sound playing now from where it is will have been heard to its end. */
  private soundedBy(clip: CachedClip, soundId: number): number {
    const left = clip.howl.duration() - (clip.howl.seek(soundId) as number);
    return audioClockNow() + Math.max(0, left) / this.rate;
  }

  private stopCurrent(): void {
    cancelAnimationFrame(this.frame);
    if (this.playing) {
      this.playing.clip.howl.off('end', undefined, this.playing.soundId);
      this.playing.clip.howl.stop(this.playing.soundId);
      this.playing = null;
    }
  }

  private fail(key: ClipKey, reason: string): void {
    this.options.onProblem(`${key}: ${reason}`);
    this.update({ failedKey: key });
  }

  private update(change: Partial<NarrationState>): void {
    this.state = { ...this.state, ...change };
    this.options.onState(this.state);
  }
}
