/**
 * Howler ends a sound on a timer of the page's clock, but the sound is heard on the audio clock. On a starved
 * machine the audio clock runs behind (measured in the soak: up to 0.7 s), and a sound whose timer has fired is
 * still being heard: whatever follows it (the narration's next clip, the narration a name was holding) waits
 * for the audio clock, so that two voices are never heard at once.
 */
import { Howler } from 'howler';

/** How far short of a sound's end the audio clock may be when the sound counts as heard. */
const HEARD_MARGIN_S = 0.01;
/** The longest wait for the audio clock: a context that has stopped running (suspended) never catches up. */
const LONGEST_WAIT_MS = 2000;

/** The audio clock now, in seconds; NaN before the audio output exists. */
export function audioClockNow(): number {
  return Howler.ctx?.currentTime ?? Number.NaN;
}

/** Runs `then` once the audio clock has reached `soundedBy()` (read again at each look: a rate may change it). */
export function afterSounded(soundedBy: () => number, then: () => void, waitedMs = 0): void {
  const left = soundedBy() - audioClockNow();
  if (!(left > HEARD_MARGIN_S) || waitedMs >= LONGEST_WAIT_MS) {
    then();
    return;
  }
  const wait = Math.min(left * 1000, LONGEST_WAIT_MS - waitedMs);
  setTimeout(() => afterSounded(soundedBy, then, waitedMs + wait), wait);
}
