/**
 * Decodes clips ahead into the clip cache, most important first, a few at a time, so that a tap plays at
 * once. What a new screen can reach waits until that screen's narration has started (the clip the visitor
 * waits for is decoded first, alone) and stays pinned in the cache while the screen shows.
 */
import { requestedKey, type ClipRequest } from '../../../domain/narration/clip-keys';
import type { ClipCache, ClipSource } from './clip-cache';

/** Clips decoded ahead at the same time: more would only slow down the one needed first. */
const PRELOAD_CONCURRENCY = 2;

/** Runs a callback when the page has nothing more urgent to do (after a screen's first frame). */
const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 500 }) : setTimeout(callback, 0);

export interface ClipPreloaderOptions {
  resolve: (request: ClipRequest) => ClipSource | undefined;
  cache: ClipCache;
  onProblem: (message: string) => void;
}

export class ClipPreloader {
  /** Clips to decode ahead, most important first, and how many are being decoded now. */
  private queue: ClipRequest[] = [];
  private running = 0;
  /** What a new screen can reach: decoded once its narration has started, so it never delays it. */
  private afterStart: ClipRequest[] | null = null;
  /** The clips the current screen can reach: kept in the cache while it shows (no thrashing by bigger clips). */
  private pinned = new Set<string>();

  constructor(private readonly options: ClipPreloaderOptions) {}

  /** Decodes these clips ahead, instead of any still waiting; nothing beyond the cache budget is kept. */
  preload(requests: readonly ClipRequest[]): void {
    this.queue = [...requests];
    this.pump();
  }

  /** What the current screen can reach: pinned now, decoded once `release` is called. */
  holdForScreen(requests: readonly ClipRequest[]): void {
    this.afterStart = [...requests];
    this.pinned = new Set(requests.flatMap((request) => this.options.resolve(request)?.audioUrl ?? []));
  }

  /** The screen's narration has started (or failed, or nothing is said): its reachable clips decode when idle. */
  release(): void {
    const requests = this.afterStart;
    if (!requests) return;
    this.afterStart = null;
    whenIdle(() => this.preload(requests));
  }

  isPinned(url: string): boolean {
    return this.pinned.has(url);
  }

  private pump(): void {
    const { cache, resolve, onProblem } = this.options;
    while (this.running < PRELOAD_CONCURRENCY && this.queue.length > 0) {
      const request = this.queue.shift()!;
      const source = resolve(request);
      if (!source || cache.has(source.audioUrl)) continue;
      this.running++;
      const clip = cache.load(requestedKey(request), source);
      clip.ready
        .catch((error: Error) => {
          // Not asked for yet: logged, and forgotten so that a visitor's request tries it again.
          cache.forget(clip);
          onProblem(`${requestedKey(request)}: ${error.message}`);
        })
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }
}
