/**
 * What every clip goes through, synthesised at build time or recorded in the voice studio: resampled to the Opus input rate, brought to the target
 * loudness by gain, limited under the true-peak ceiling, encoded, and checked as decoded. Low-bitrate Opus
 * changes the waveform: peaks come out up to about 2 dB higher, and a bright voice (eSpeak NG) loses some
 * loudness. So the decoded clip is measured, and gain and ceiling are corrected by what the codec did.
 */
import { integratedLoudness, normaliseLoudness, TARGET_LUFS, TRUE_PEAK_CEILING_DBTP, truePeak } from './loudness';
import { oggOpusStream, OPUS_SAMPLE_RATE, resample } from './ogg-opus';

/** The rate the kiosk plays at: clips are measured as decoded at this rate. */
export const PLAYBACK_RATE = 48_000;

/**
 * libopus as each side runs it: mono samples at the Opus rate coded as the packets of `encodeOpusPackets` (the
 * page's runs in a worker, off the facilitator's screen), and a decoder of the packets back to PLAYBACK_RATE
 * (pre-skip dropped, `sampleCount` long at the Opus rate).
 */
export interface OpusCodec {
  encode(samples: Float32Array, bitrate?: number): Promise<Uint8Array[]>;
  decode(packets: Uint8Array[], sampleCount: number): Promise<Float32Array>;
  /** The Ogg stream's vendor string. */
  vendor?: string;
}

/** First guess of how much the codec lifts peaks: the limiter's ceiling starts this far under the real one. */
const CODEC_PEAK_MARGIN_DB = 1;
/** The decoded clip must be this close to the target loudness, and this far under the peak ceiling. */
const LOUDNESS_SLACK_LU = 0.3;
const PEAK_SLACK_DB = 0.1;
const ATTEMPTS = 10;

export interface EncodedClip {
  opus: Uint8Array;
  /** Samples at `OPUS_SAMPLE_RATE`. */
  sampleCount: number;
  /** The decoded clip's integrated loudness (LUFS) and true peak (dBTP). */
  loudness: number;
  truePeak: number;
}

/** How far a decoded clip is from what is wanted: a peak over the ceiling first, then the loudness error. */
const miss = (clip: EncodedClip) => [clip.truePeak > TRUE_PEAK_CEILING_DBTP ? 1 : 0, Math.abs(clip.loudness - TARGET_LUFS), clip.truePeak] as const;
const closer = (a: EncodedClip, b: EncodedClip) => {
  const [x, y] = [miss(a), miss(b)];
  return x[0] !== y[0] ? x[0] < y[0] : x[1] !== y[1] ? x[1] < y[1] : x[2] < y[2];
};

/**
 * A clip (any rate) as an Ogg Opus stream that decodes at the target loudness and under the peak ceiling. The
 * codec's effect on peaks is not smooth (a lower ceiling can come out higher), so each attempt corrects by what
 * the last one measured, and if none lands inside the slack the closest is kept.
 */
export async function masterClip(samples: Float32Array, sampleRate: number, serial: number, codec: OpusCodec, bitrate?: number): Promise<EncodedClip> {
  const input = resample(samples, sampleRate);
  let targetLufs = TARGET_LUFS;
  let ceilingDb = TRUE_PEAK_CEILING_DBTP - CODEC_PEAK_MARGIN_DB;
  let best: EncodedClip | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const mastered = normaliseLoudness(input, OPUS_SAMPLE_RATE, { targetLufs, ceilingDb });
    const packets = await codec.encode(mastered, bitrate);
    const heard = await codec.decode(packets, mastered.length);
    const clip = { opus: oggOpusStream(packets, mastered.length, serial, codec.vendor), sampleCount: mastered.length, loudness: integratedLoudness(heard, PLAYBACK_RATE), truePeak: truePeak(heard) };
    if (!best || closer(clip, best)) best = clip;
    const peakOver = clip.truePeak - (TRUE_PEAK_CEILING_DBTP - PEAK_SLACK_DB);
    const silent = !Number.isFinite(clip.loudness);
    if (silent || (Math.abs(clip.loudness - TARGET_LUFS) <= LOUDNESS_SLACK_LU && peakOver <= 0)) return clip;
    targetLufs += TARGET_LUFS - clip.loudness;
    ceilingDb -= Math.max(0, peakOver);
  }
  return best!;
}
