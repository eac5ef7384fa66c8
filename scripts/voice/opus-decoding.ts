/**
 * Opus packets from `encodeOpusPackets` decoded again by libopus (npm opus-decoder) at 48 kHz, the rate the kiosk
 * plays at: the clip as a visitor hears it. (Decoded at 16 kHz, peaks read up to 0.6 dB lower.)
 */
import { OpusDecoder } from 'opus-decoder';
import { PLAYBACK_RATE } from '../../domain/audio/clip-mastering';
import { OPUS_SAMPLE_RATE, PRE_SKIP } from '../../domain/audio/ogg-opus';

export { PLAYBACK_RATE };

let decoder: Promise<OpusDecoder<typeof PLAYBACK_RATE>> | null = null;

/** The decoded clip at `PLAYBACK_RATE`, pre-skip dropped, as long as the `sampleCount` samples that were coded. */
export async function decodeOpusPackets(packets: Uint8Array[], sampleCount: number): Promise<Float32Array> {
  decoder ??= (async () => {
    const opus = new OpusDecoder({ sampleRate: PLAYBACK_RATE });
    await opus.ready;
    return opus;
  })();
  const opus = await decoder;
  await opus.reset();
  return opus.decodeFrames(packets).channelData[0]!.slice(PRE_SKIP, PRE_SKIP + (sampleCount * PLAYBACK_RATE) / OPUS_SAMPLE_RATE);
}
