/**
 * Every committed clip as a visitor hears it: each .opus file read by a second Ogg Opus reader and decoded by
 * libopus (npm opus-decoder), then measured: loudness, true peak, and how fast it speaks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OpusDecoder } from 'opus-decoder';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../contract/venue-config';
import { integratedLoudness, TARGET_LUFS, TRUE_PEAK_CEILING_DBTP, truePeak } from '../../domain/audio/loudness';
import type { AudioManifest, ManifestEntry, WordTiming } from '../../domain/narration/audio-manifest';
import { readPronunciations } from '../../scripts/pronunciation-sources';
import { LEAD_IN_SECONDS, voiceLines } from '../../scripts/voice/narrate';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';
import { spokenWordCount, wordsPerMinute } from '../../scripts/voice/speech-rate';
import { AUDIO_DIR, MANIFEST_FILE } from '../../scripts/voice/voice-config';
import { readOggOpus } from './ogg-opus-reader';

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as AudioManifest;
/** What the kiosk plays at: decoded at 16 kHz instead, peaks read up to 0.6 dB lower. */
const DECODE_RATE = 48_000;
const PER_48K = 48_000 / DECODE_RATE;
/** Integrated loudness needs time to mean much: a clip under 1 s (a single word) may stray twice as far. */
const LONG_CLIP_SECONDS = 1;
const TOLERANCE_LU = 1;
const SHORT_CLIP_TOLERANCE_LU = 2;
/** −50 dBFS: what the codec leaves of silence is far below it, the first syllable far above. */
const SILENT = 0.003;
const RATE_SPREAD_FLOOR = 0.2;

let decoder: OpusDecoder<typeof DECODE_RATE>;
beforeAll(async () => {
  decoder = new OpusDecoder({ sampleRate: DECODE_RATE });
  await decoder.ready;
});

/** The clip's samples as a player gives them: pre-skip dropped, the end trimmed at the final granule position. */
async function decodeClip(entry: ManifestEntry): Promise<Float32Array> {
  const file = readOggOpus(readFileSync(path.join(AUDIO_DIR, entry.file)));
  await decoder.reset();
  const { channelData, errors } = decoder.decodeFrames(file.packets);
  if (errors.length > 0) throw new Error(`${entry.file}: ${errors[0]!.message}`);
  return channelData[0]!.subarray(file.preSkip / PER_48K, file.finalGranule / PER_48K);
}

describe('committed clips', () => {
  it('are valid Ogg Opus: pages, CRCs, headers, granule positions against packet lengths, end of stream', () => {
    const problems = manifest.entries.flatMap((entry) => {
      try {
        const file = readOggOpus(readFileSync(path.join(AUDIO_DIR, entry.file)));
        const seconds = (file.finalGranule - file.preSkip) / 48_000;
        return Math.abs(seconds - entry.duration) < 0.002 ? [] : [`${entry.file}: ${seconds} s, the manifest says ${entry.duration} s`];
      } catch (error) {
        return [`${entry.file}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)(`in %s, sound at ${TARGET_LUFS} LUFS (±${TOLERANCE_LU} LU from 1 s on, ±${SHORT_CLIP_TOLERANCE_LU} LU below) with true peaks at most ${TRUE_PEAK_CEILING_DBTP} dBTP, after a silent lead-in`, async (language) => {
    const problems: string[] = [];
    for (const entry of manifest.entries.filter((e) => e.language === language)) {
      const samples = await decodeClip(entry);
      const loudness = integratedLoudness(samples, DECODE_RATE);
      const tolerance = samples.length / DECODE_RATE >= LONG_CLIP_SECONDS ? TOLERANCE_LU : SHORT_CLIP_TOLERANCE_LU;
      if (!(Math.abs(loudness - TARGET_LUFS) <= tolerance)) problems.push(`${entry.file}: ${loudness.toFixed(1)} LUFS`);
      const peak = truePeak(samples);
      if (peak > TRUE_PEAK_CEILING_DBTP) problems.push(`${entry.file}: true peak ${peak.toFixed(2)} dBTP`);
      const leadIn = samples.subarray(0, Math.round(LEAD_IN_SECONDS * DECODE_RATE * 0.9));
      if (leadIn.some((sample) => Math.abs(sample) > SILENT)) problems.push(`${entry.file}: sound within its ${LEAD_IN_SECONDS * 1000} ms lead-in`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it.each(LANGUAGES)('in %s, speak at one pace: no clip of eight words or more is 2 robust standard deviations from the median rate', (language: Language) => {
    const { lexicons } = readPronunciations();
    const entries = new Map(manifest.entries.map((entry) => [`${entry.language}/${entry.key}`, entry]));
    const rates = readNarrationCatalogue()
      .filter((text) => text.language === language)
      .flatMap((text) => {
        const { words } = JSON.parse(readFileSync(path.join(AUDIO_DIR, entries.get(`${language}/${text.key}`)!.timings), 'utf8')) as { words: WordTiming[] };
        const rate = wordsPerMinute(words, spokenWordCount(voiceLines(text, lexicons[language])));
        return rate === null ? [] : [{ key: text.key, rate }];
      });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const centre = median(rates.map(({ rate }) => rate));
    // 1.4826 × the median absolute deviation estimates a standard deviation that a few odd clips cannot inflate.
    // Pace control gives most clips nearly the same rate, which shrinks that estimate until a clip slowed only by
    // long names or a number would count as an outlier: the spread is never taken under a fifth of the median.
    const spread = Math.max(RATE_SPREAD_FLOOR * centre, 1.4826 * median(rates.map(({ rate }) => Math.abs(rate - centre))));
    expect(rates.length).toBeGreaterThan(50);
    expect(rates.filter(({ rate }) => Math.abs(rate - centre) > 2 * spread).map(({ key, rate }) => `${key}: ${rate.toFixed(0)} words/min (median ${centre.toFixed(0)} ± ${(2 * spread).toFixed(0)})`)).toEqual([]);
  });
});
