/** The build's mastering: domain/audio/clip-mastering.ts with libopus and the decoder loaded by Node. */
import { masterClip, type EncodedClip } from '../../domain/audio/clip-mastering';
import { encodeOpusPackets, nodeOpusEncoder } from './ogg-opus-encoder';
import { decodeOpusPackets } from './opus-decoding';

export type { EncodedClip };

export const encodeClip = (samples: Float32Array, sampleRate: number, serial: number, bitrate?: number): Promise<EncodedClip> =>
  masterClip(samples, sampleRate, serial, { encode: async (pcm, rate) => encodeOpusPackets(pcm, nodeOpusEncoder, rate), decode: decodeOpusPackets }, bitrate);
