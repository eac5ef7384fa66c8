/**
 * When the page may capture sound: only the page that opened the facilitator session, only from app://, only
 * audio (never the camera, never the screen), and only between the studio's "take-start" and "take-end". A
 * take that never says it ended closes itself after the longest take allowed. Every other request for any
 * permission is refused, as before the studio existed.
 */
import { MAX_TAKE_SECONDS } from '../../contract/recorded-voices';
import { isAppUrl } from './app-origin';

/** The countdown and the trailing silence come on top of the longest take. */
export const MICROPHONE_WINDOW_MS = (MAX_TAKE_SECONDS + 15) * 1000;

export interface PermissionAsk {
  /** Electron's permission name: 'media' for getUserMedia. */
  permission: string;
  /** For 'media': what is asked ('audio', 'video'); may be missing in a permission check. */
  mediaTypes?: readonly string[];
  /** The URL of the frame that asks. */
  url: string;
}

export class MicrophoneGate {
  private page: unknown = null;
  private until = 0;

  constructor(private readonly now: () => number = Date.now) {}

  open(page: unknown): void {
    this.page = page;
    this.until = this.now() + MICROPHONE_WINDOW_MS;
  }

  close(): void {
    this.page = null;
    this.until = 0;
  }

  get isOpen(): boolean {
    return this.page !== null && this.now() < this.until;
  }

  allows(page: unknown, ask: PermissionAsk): boolean {
    if (!this.isOpen || page !== this.page || ask.permission !== 'media' || !isAppUrl(ask.url)) return false;
    // A check (no media types given) is answered like a request for audio; a request must ask for audio only.
    const types = ask.mediaTypes ?? ['audio'];
    return types.length > 0 && types.every((type) => type === 'audio');
  }
}
