/** Turns a text's spoken lines into one clip with the aligned timing of every displayed word. */
import type { WordTiming } from '../../domain/narration/audio-manifest';
import type { NarrationText } from '../../domain/narration/narration-catalogue';
import { wordsOf } from '../../domain/content/line-segments';
import { speakLine, type Pronunciation, type SpokenWord } from '../../domain/narration/pronunciation';
import { transferSpans } from '../../domain/audio/align-to-reference';
import { concatSamples, frameEnergies, HOP_SECONDS, speechBounds } from '../../domain/audio/audio-features';
import type { LineAudio, LineSpeaker } from './speakers';
import type { DecodedAudio } from './wav';
import { spokenWordCount, wordsPerMinute } from './speech-rate';
import { displaySpans, mapToDisplay } from './word-timings';

const LINE_GAP_SECONDS = 0.35;
const EDGE_SECONDS = 0.03;
/** Silence before the first word: an audio output that wakes late eats this, not the first syllable. */
export const LEAD_IN_SECONDS = 0.08;

export const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** What the voice says for each line, after the lexicon, each spoken word with the displayed words it stands for. */
export function voiceLines(text: Pick<NarrationText, 'lines' | 'spokenLines'>, pronunciation: Pronunciation): SpokenWord[][] {
  return text.spokenLines.map((spokenLine, index) => {
    const { words } = speakLine(spokenLine, pronunciation);
    const shownLine = text.lines[index];
    if (shownLine === undefined) throw new Error(`Spoken line ${index + 1} ("${spokenLine}") has no displayed line`);
    if (spokenLine === shownLine) return words;
    // A per-line spoken form: its words are first placed on the displayed words, then the lexicon's on those.
    const ranges = mapToDisplay(wordsOf(spokenLine), wordsOf(shownLine));
    return words.map((word) => {
      const first = ranges[word.from];
      const last = ranges[word.to];
      if (!first || !last) throw new Error(`"${spokenLine}": the spoken word "${word.text}" is not among the line's words`);
      return { text: word.text, from: first.from, to: last.to };
    });
  });
}

/**
 * Speaks each line (or takes it from a recording, aligned against the synthetic voice), trims it to its
 * speech, joins the lines with a pause, and times every displayed word.
 */
export function narrate(text: NarrationText, spoken: SpokenWord[][], speaker: LineSpeaker, recordingLines?: DecodedAudio[], pace = 1) {
  const parts: Float32Array[] = [];
  const timings: WordTiming[] = [];
  let sampleRate = 0;
  let cursor = LEAD_IN_SECONDS;
  spoken.forEach((words, index) => {
    const synthetic = speaker.speakLine(words.map((word) => word.text), pace);
    const recording = recordingLines?.[index];
    const audio: LineAudio = recording ? { ...recording, spans: transferSpans(synthetic, recording) } : synthetic;
    if (sampleRate === 0) {
      sampleRate = audio.sampleRate;
      parts.push(new Float32Array(Math.round(LEAD_IN_SECONDS * sampleRate)));
    }
    if (audio.sampleRate !== sampleRate) throw new Error(`${text.key}: lines at different sample rates`);
    const bounds = speechBounds(audio.samples, sampleRate) ?? { start: 0, end: audio.samples.length / sampleRate };
    const from = Math.max(0, Math.floor((bounds.start - EDGE_SECONDS) * sampleRate));
    const to = Math.min(audio.samples.length, Math.ceil((bounds.end + EDGE_SECONDS) * sampleRate));
    const offset = from / sampleRate;
    const length = (to - from) / sampleRate;
    const clamp = (seconds: number) => Math.min(length, Math.max(0, seconds - offset));
    const shownLine = text.lines[index];
    if (shownLine === undefined) throw new Error(`${text.key}: spoken line ${index + 1} has no displayed line`);
    const shown = wordsOf(shownLine);
    displaySpans(words, audio.spans.map((span) => ({ start: clamp(span.start), end: clamp(span.end) })), shown).forEach((span, word) =>
      timings.push({ line: index, word, start: round(cursor + span.start), end: round(cursor + span.end) }),
    );
    parts.push(audio.samples.slice(from, to));
    cursor += length;
    if (index < spoken.length - 1) {
      parts.push(new Float32Array(Math.round(LINE_GAP_SECONDS * sampleRate)));
      cursor += LINE_GAP_SECONDS;
    }
  });
  return { samples: concatSamples(parts), sampleRate, timings };
}

/**
 * Narrates a synthesised text no faster than `fastest` words per minute: a one-phrase question of short words
 * comes out of the voice faster than the easy texts, so it is spoken again, slower by the difference.
 */
export function narrateAtPace(text: NarrationText, spoken: SpokenWord[][], speaker: LineSpeaker, fastest: number) {
  const natural = narrate(text, spoken, speaker);
  const rate = wordsPerMinute(natural.timings, spokenWordCount(spoken));
  return rate === null || rate <= fastest ? natural : narrate(text, spoken, speaker, undefined, fastest / rate);
}

/** A recording is one take of the whole text: its lines are cut at its longest pauses, one fewer than its lines. */
export function sliceRecording(recording: DecodedAudio, lineCount: number): DecodedAudio[] {
  if (lineCount === 1) return [recording];
  const { samples, sampleRate } = recording;
  const energies = frameEnergies(samples, sampleRate);
  const bounds = speechBounds(samples, sampleRate) ?? { start: 0, end: samples.length / sampleRate };
  const pauses: { start: number; end: number }[] = [];
  let run = -1;
  for (let i = Math.round(bounds.start / HOP_SECONDS); i <= Math.round(bounds.end / HOP_SECONDS) && i < energies.length; i++) {
    const silent = energies[i]! <= 0.015;
    if (silent && run === -1) run = i;
    if (!silent && run !== -1) {
      pauses.push({ start: run * HOP_SECONDS, end: i * HOP_SECONDS });
      run = -1;
    }
  }
  const cuts = pauses
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .slice(0, lineCount - 1)
    .sort((a, b) => a.start - b.start)
    .map((pause) => (pause.start + pause.end) / 2);
  const edges = [0, ...cuts, samples.length / sampleRate];
  return Array.from({ length: lineCount }, (_, index) => ({
    samples: samples.slice(Math.floor((edges[index] ?? edges.at(-1)!) * sampleRate), Math.ceil((edges[index + 1] ?? edges.at(-1)!) * sampleRate)),
    sampleRate,
  }));
}

/** One clip's audio and word timings: from the voice at the language's pace, or from a recording as it was said. */
export function narrateClip(text: NarrationText, spoken: SpokenWord[][], speaker: LineSpeaker, fastestWordsPerMinute: number, recordingLines?: DecodedAudio[]) {
  return recordingLines ? narrate(text, spoken, speaker, recordingLines) : narrateAtPace(text, spoken, speaker, fastestWordsPerMinute);
}
