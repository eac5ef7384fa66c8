/** Opus packets from `encodeOpusPackets` decoded again by libopus (npm opus-decoder): the clip as a visitor hears it. */
import { OpusDecoder } from 'opus-decoder';
import { OPUS_SAMPLE_RATE, PRE_SKIP } from './ogg-opus-encoder';

let decoder: Promise<OpusDecoder<typeof OPUS_SAMPLE_RATE>> | null = null;

export async function decodeOpusPackets(packets: Uint8Array[], sampleCount: number): Promise<Float32Array> {
  decoder ??= (async () => {
    const opus = new OpusDecoder({ sampleRate: OPUS_SAMPLE_RATE });
    await opus.ready;
    return opus;
  })();
  const opus = await decoder;
  await opus.reset();
  const skip = (PRE_SKIP * OPUS_SAMPLE_RATE) / 48_000;
  return opus.decodeFrames(packets).channelData[0]!.slice(skip, skip + sampleCount);
}
