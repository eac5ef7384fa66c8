import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { integratedLoudness, TARGET_LUFS, TRUE_PEAK_CEILING_DBTP, truePeak } from '../../domain/audio/loudness';
import { clipKey } from '../../domain/narration/clip-keys';
import { compilePronunciation } from '../../domain/narration/pronunciation';
import { encodeClip } from '../../scripts/voice/master';
import { LEAD_IN_SECONDS, narrate, narrateAtPace, narrateClip, sliceRecording, voiceLines } from '../../scripts/voice/narrate';
import { decodeOpusPackets, PLAYBACK_RATE } from '../../scripts/voice/opus-decoding';
import { PicoVoice } from '../../scripts/voice/pico-engine';
import { openSpeaker, PICO_VOLUME, type LineSpeaker } from '../../scripts/voice/speakers';
import { spokenWordCount, wordsPerMinute } from '../../scripts/voice/speech-rate';
import { picoLangDir, VOICES } from '../../scripts/voice/voice-config';
import { decodeWav, encodeWav } from '../../scripts/voice/wav';
import { readOggOpus } from './ogg-opus-reader';

const text = { key: clipKey.item('test', 'easy'), language: 'ar' as const, level: 'easy' as const, lines: ['العمل يتغيّر كثيرًا.', 'وهو للجميع.'], spokenLines: ['العمل يتغيّر كثيرًا.', 'وهو للجميع.'] };
const lexicon = compilePronunciation('ar', { words: { 'العمل': 'الْعَمَل', 'يتغيّر': 'يَتَغَيَّر', 'كثيرًا': 'كَثِيرًا', 'وهو': 'وَهُوَ', 'للجميع': 'لِلْجَمِيع' } });
let arabic: LineSpeaker;
beforeAll(async () => {
  arabic = await openSpeaker('ar', VOICES.ar);
}, 30_000);

/** Samples at full scale, and runs of three or more equal samples near it: the flat tops of a clipped wave. */
function clipping(samples: Float32Array) {
  let atFullScale = 0;
  let flatTops = 0;
  for (let i = 0; i < samples.length; i++) {
    if (Math.abs(samples[i]!) >= 0.999) atFullScale++;
    if (Math.abs(samples[i]!) > 0.9 && samples[i] === samples[i + 1] && samples[i] === samples[i + 2] && samples[i - 1] !== samples[i]) flatTops++;
  }
  return { atFullScale, flatTops };
}

describe('rendering a clip', () => {
  it('lets SVOX Pico speak with headroom: at its full volume its own output is flat-topped, at the pipeline’s it is not', async () => {
    const spec = VOICES.es;
    if (spec.engine !== 'svox-pico') throw new Error('Spanish is spoken by Pico');
    const pico = await PicoVoice.open(path.join(picoLangDir(), spec.textAnalysis), path.join(picoLangDir(), spec.signalGeneration));
    const loud = 'La plataforma NEET viene de Portugal. Ayuda a los jóvenes a encontrar su lugar en el trabajo y en la sociedad.';
    expect(clipping(pico.synthesize(loud, spec.speed, 100)).flatTops).toBeGreaterThan(10);
    expect(clipping(pico.synthesize(loud, spec.speed, PICO_VOLUME))).toEqual({ atFullScale: 0, flatTops: 0 });
  }, 30_000);

  it('starts every clip with about 80 ms of silence, and its word timings after it', () => {
    expect(LEAD_IN_SECONDS).toBeCloseTo(0.08, 2);
    const result = narrate(text, voiceLines(text, lexicon), arabic);
    const lead = result.samples.subarray(0, Math.round(0.08 * result.sampleRate));
    expect(lead.every((sample) => sample === 0)).toBe(true);
    expect(result.timings[0]!.start).toBeGreaterThanOrEqual(0.08);
    expect(result.timings.at(-1)!.end).toBeLessThanOrEqual(result.samples.length / result.sampleRate);
  }, 30_000);

  it('brings a quiet recorded take to the same loudness and peak ceiling as the voice', async () => {
    const spoken = voiceLines(text, lexicon);
    const [first, second] = spoken.map((words) => arabic.speakLine(words.map((word) => word.text)));
    const gap = new Float32Array(Math.round(first!.sampleRate * 0.8));
    const quietTake = new Float32Array([...first!.samples, ...gap, ...second!.samples]).map((sample) => sample * 0.03);
    const recording = decodeWav(encodeWav({ samples: quietTake, sampleRate: first!.sampleRate }), 'take.wav');
    expect(integratedLoudness(recording.samples, recording.sampleRate)).toBeLessThan(TARGET_LUFS - 15);
    const narration = narrateClip(text, spoken, arabic, VOICES.ar.fastestWordsPerMinute, sliceRecording(recording, 2));
    const clip = await encodeClip(narration.samples, narration.sampleRate, 1);
    const heard = await decodeOpusPackets(readOggOpus(clip.opus).packets, clip.sampleCount);
    expect(integratedLoudness(heard, PLAYBACK_RATE)).toBeCloseTo(TARGET_LUFS, 0);
    expect(truePeak(heard)).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DBTP);
  }, 30_000);

  it('corrects gain and ceiling by what the codec does: a bright, peaky voice still decodes on target', async () => {
    // Clicks and hiss at a 16 kb/s bitrate: the codec both lifts the peaks and drops loudness.
    const rate = 16_000;
    const harsh = Float32Array.from({ length: rate * 3 }, (_, i) => (i % 400 < 3 ? 0.9 : 0) + 0.2 * Math.sin(i * 2.7) * Math.sin((2 * Math.PI * 3 * i) / rate));
    const clip = await encodeClip(harsh, rate, 1, 16_000);
    expect(clip.loudness).toBeCloseTo(TARGET_LUFS, 0);
    expect(clip.truePeak).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DBTP);
  }, 30_000);

  it('slows a clip that would run faster than the language’s pace, and leaves a slower one alone', () => {
    const rate = 16_000;
    // A stand-in voice: every word a 0.15 s tone, and 0.15 / pace s at a slower pace.
    const voice: LineSpeaker = {
      engine: 'test',
      voice: 'test',
      speakLine: (words, pace = 1) => {
        const wordSamples = Math.round((0.15 / pace) * rate);
        const samples = Float32Array.from({ length: wordSamples * words.length }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 220 * i) / rate));
        return { samples, sampleRate: rate, spans: words.map((_, i) => ({ start: (i * wordSamples) / rate, end: ((i + 1) * wordSamples) / rate })) };
      },
    };
    const line = 'un deux trois quatre cinq six sept huit neuf dix';
    const fast = { ...text, language: 'fr' as const, lines: [line], spokenLines: [line] };
    const spoken = voiceLines(fast, compilePronunciation('fr', { words: {} }));
    const paceOf = (fastest: number) => wordsPerMinute(narrateAtPace(fast, spoken, voice, fastest).timings, spokenWordCount(spoken))!;
    expect(paceOf(1000)).toBeCloseTo(400, -1);
    expect(paceOf(200)).toBeCloseTo(200, -1);
  });
});
