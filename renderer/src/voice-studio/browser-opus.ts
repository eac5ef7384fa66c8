/** Ogg Opus as the browser itself decodes it, at the rate the kiosk plays: what a visitor will hear. */
import { PLAYBACK_RATE } from '../../../domain/audio/clip-mastering';

export async function decodeOggOpus(bytes: Uint8Array): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, 1, PLAYBACK_RATE);
  const buffer = await context.decodeAudioData(bytes.slice().buffer);
  return buffer.getChannelData(0);
}
