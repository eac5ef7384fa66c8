/**
 * The voice studio's heavy work, in a worker so the facilitator's screen never freezes: checking, aligning,
 * mastering and coding a take (libopus in asm.js: about 1.7 s of coding per 10 s of speech), and mastering a
 * text's joined lines. One message per job; the result's buffers are moved back.
 */
import { masterClip, type EncodedClip, type OpusCodec } from '../../../domain/audio/clip-mastering';
import { encodeOpusPackets } from '../../../domain/audio/ogg-opus';
import { decodeOpusPackets } from './libopus-decoder';
import { libopusEncoder } from './libopus-encoder';
import { masterTake, type MasteredTake, type TakeToMaster } from './take-mastering';

export type StudioJob = { id: number; kind: 'take'; take: TakeToMaster } | { id: number; kind: 'clip'; samples: Float32Array; sampleRate: number; bitrate: number; serial: number };
export type StudioJobResult = { id: number; take: MasteredTake } | { id: number; clip: EncodedClip } | { id: number; error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<StudioJob>) => void) | null;
  postMessage(message: StudioJobResult, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

const codec: OpusCodec = {
  vendor: 'kelvoa-kiosk voice studio',
  encode: async (samples, bitrate) => encodeOpusPackets(samples, await libopusEncoder(), bitrate),
  decode: decodeOpusPackets,
};

scope.onmessage = async ({ data: job }) => {
  try {
    if (job.kind === 'take') {
      const take = await masterTake(job.take, codec);
      scope.postMessage({ id: job.id, take }, take.ok ? [take.audio.buffer] : []);
    } else {
      const clip = await masterClip(job.samples, job.sampleRate, job.serial, codec, job.bitrate);
      scope.postMessage({ id: job.id, clip }, [clip.opus.buffer]);
    }
  } catch (error) {
    scope.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
};
