/**
 * The click of every press and the alert that goes with a notice: made on the spot in howler's audio
 * context (through its master gain, so the venue's volume applies), so they never wait for a file.
 */
import { Howler } from 'howler';
import { ensureAudioOutput } from './audio-output';

function tone(frequencies: readonly number[], noteSeconds: number): void {
  ensureAudioOutput();
  const ctx = Howler.ctx;
  if (!ctx || !Howler.masterGain) return;
  frequencies.forEach((frequency, index) => {
    const at = ctx.currentTime + index * noteSeconds;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, at);
    gain.gain.exponentialRampToValueAtTime(0.001, at + noteSeconds);
    oscillator.connect(gain).connect(Howler.masterGain);
    oscillator.start(at);
    oscillator.stop(at + noteSeconds + 0.01);
  });
}

/** A short confirmation sound for every press. */
export function playClickTone(): void {
  tone([880], 0.06);
}

/** A falling two-note sound that goes with a notice (a clip that cannot be played): heard, not only shown. */
export function playAlertTone(): void {
  tone([660, 440], 0.16);
}
