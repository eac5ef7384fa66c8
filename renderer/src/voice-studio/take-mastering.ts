/**
 * A take made into what visitors hear, in the studio's worker (voice-studio.worker.ts): trimmed, levelled and
 * checked (take-processing.ts), its words found by aligning it with the same line of the synthetic clip (DTW on
 * MFCC: the synthetic clip's word boundaries are known), then mastered and encoded like every built clip.
 */
import { referenceLine, transferSpans } from '../../../domain/audio/align-to-reference';
import { masterClip, PLAYBACK_RATE, type OpusCodec } from '../../../domain/audio/clip-mastering';
import { OPUS_SAMPLE_RATE } from '../../../domain/audio/ogg-opus';
import type { WordTiming } from '../../../domain/narration/audio-manifest';
import { processTake, type TakeProblem } from '../../../domain/voice-studio/take-processing';
import { MAX_TAKE_SECONDS } from '../../../contract/recorded-voices';

export interface TakeToMaster {
  samples: Float32Array;
  sampleRate: number;
  bitrate: number;
  serial: number;
  /** The synthetic clip as the kiosk plays it, and its word timings. */
  reference: { samples: Float32Array; words: readonly WordTiming[] };
  line: number;
}

export type MasteredTake = { ok: true; audio: Uint8Array; duration: number; words: { start: number; end: number }[] } | { ok: false; problem: TakeProblem };

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

export async function masterTake({ samples, sampleRate, bitrate, serial, reference, line }: TakeToMaster, codec: OpusCodec): Promise<MasteredTake> {
  const processed = processTake(samples, sampleRate, { maxSeconds: MAX_TAKE_SECONDS });
  if (!processed.ok) return processed;
  const words = reference.words.some((word) => word.line === line)
    ? transferSpans(referenceLine({ samples: reference.samples, sampleRate: PLAYBACK_RATE }, reference.words, line), processed).map((span) => ({ start: round(span.start), end: round(span.end) }))
    : [];
  const encoded = await masterClip(processed.samples, processed.sampleRate, serial, codec, bitrate);
  return { ok: true, audio: encoded.opus, duration: encoded.sampleCount / OPUS_SAMPLE_RATE, words };
}
