import { describe, expect, it } from 'vitest';
import { transferSpans } from '../../domain/audio/align-to-reference';
import { concatSamples, speechBounds } from '../../domain/audio/audio-features';
import { warp } from '../../domain/audio/dtw';
import { timingFaults } from '../../scripts/voice/timing-quality';
import { alignWithinPhrase, displaySpans, mapToDisplay, pauseAfter, phrases, spansFromWordStarts } from '../../scripts/voice/word-timings';

const RATE = 16_000;
/** A stand-in for a spoken word: a tone (or silence at 0 Hz) of the given length. */
function tone(seconds: number, hz: number): Float32Array {
  return Float32Array.from({ length: Math.round(seconds * RATE) }, (_, i) => (hz === 0 ? 0 : 0.5 * Math.sin((2 * Math.PI * hz * i) / RATE) + 0.2 * Math.sin((2 * Math.PI * 3.3 * hz * i) / RATE)));
}
const join = (...parts: Float32Array[]) => concatSamples(parts);

describe('audio bounds and phrases', () => {
  it('find where speech starts and ends, in a whole clip or a stretch of it', () => {
    const samples = join(tone(0.2, 0), tone(1, 220), tone(0.3, 0), tone(0.5, 330));
    expect(speechBounds(samples, RATE)!.start).toBeCloseTo(0.2, 1);
    expect(speechBounds(samples, RATE)!.end).toBeCloseTo(2, 1);
    expect(speechBounds(samples, RATE, 1, 1.5)!.end).toBeCloseTo(1.2, 1);
    expect(speechBounds(new Float32Array(RATE), RATE)).toBeNull();
  });

  it('cut a line into phrases at punctuation, with a pause matched to it', () => {
    expect(phrases(['Bonjour,', 'le', 'monde.', 'Et', 'vous ?'])).toEqual([[0], [1, 2], [3, 4]]);
    expect(phrases(['تعمل،', 'الآن'])).toEqual([[0], [1]]);
    expect(pauseAfter('monde.')).toBeGreaterThan(pauseAfter('Bonjour,'));
    expect(pauseAfter('Bonjour,')).toBeGreaterThan(pauseAfter('le'));
  });
});

describe('alignment', () => {
  it('warps with a bounded slope: a short stretch of the reference never collapses', () => {
    const frame = (v: number) => Float32Array.of(v, -v);
    const reference = [0, 0, 0, 5, 5, 9, 9, 9].map(frame);
    const target = [0, 0, 0, 0, 5, 9, 9, 9, 9, 9].map(frame);
    const mapping = warp(reference, target);
    expect(mapping[0]).toBe(0);
    expect(mapping[7]).toBe(9);
    for (let i = 1; i < mapping.length; i++) expect(mapping[i]).toBeGreaterThanOrEqual(mapping[i - 1]!);
    expect(mapping[5]! - mapping[3]!).toBeGreaterThanOrEqual(1);
  });

  it('finds the words of a phrase said faster than the words alone', () => {
    const words = [tone(0.3, 200), tone(0.5, 450), tone(0.4, 900)];
    // The phrase says the same words, each at 80 % of its length.
    const phrase = join(tone(0.24, 200), tone(0.4, 450), tone(0.32, 900));
    const spans = alignWithinPhrase(phrase, [words[0]!, new Float32Array(0), words[1]!, words[2]!], RATE);
    expect(spans[0]!.start).toBe(0);
    expect(spans[1]).toEqual({ start: spans[2]!.start, end: spans[2]!.start });
    expect(spans[2]!.start).toBeCloseTo(0.24, 1);
    expect(spans[3]!.start).toBeCloseTo(0.64, 1);
    expect(spans[3]!.end).toBeCloseTo(0.96, 2);
  });

  it('takes a voice’s own word starts and ends each word where its sound stops', () => {
    const samples = join(tone(0.4, 300), tone(0.3, 0), tone(0.5, 500));
    const spans = spansFromWordStarts(samples, RATE, [0, null, 0.7 * RATE]);
    expect(spans[0]!.start).toBe(0);
    expect(spans[0]!.end).toBeCloseTo(0.4, 1);
    expect(spans[1]).toEqual({ start: spans[2]!.start, end: spans[2]!.start });
    expect(spans[2]!.start).toBeCloseTo(0.7, 1);
  });

  it('carries word spans from the synthetic voice onto a slower recording of the line', () => {
    const reference = { samples: join(tone(0.3, 200), tone(0.3, 700)), sampleRate: RATE, spans: [{ start: 0, end: 0.3 }, { start: 0.3, end: 0.6 }] };
    const recording = { samples: join(tone(0.5, 200), tone(0.45, 700)), sampleRate: RATE };
    const spans = transferSpans(reference, recording);
    expect(spans[1]!.start).toBeCloseTo(0.5, 1);
    expect(spans[1]!.end).toBeCloseTo(0.95, 1);
  });

  it('refuses a recorded line with no sound, instead of word times that are not numbers', () => {
    const reference = { samples: tone(0.3, 200), sampleRate: RATE, spans: [{ start: 0, end: 0.3 }] };
    expect(() => transferSpans(reference, { samples: new Float32Array(0), sampleRate: RATE })).toThrow(/no sound/);
  });
});

describe('spoken words on displayed words', () => {
  it('anchors a per-line spoken form on the identical words and shares the rest', () => {
    expect(mapToDisplay(['Le', 'C', 'E', 'P', 'aide.'], ['Le', 'CEP', 'aide.'])).toEqual([
      { from: 0, to: 0 }, { from: 1, to: 1 }, { from: 1, to: 1 }, { from: 1, to: 1 }, { from: 2, to: 2 },
    ]);
    expect(mapToDisplay(['La', 'Fingue'], ['La', 'Fing', '(FING)'])).toEqual([{ from: 0, to: 0 }, { from: 1, to: 2 }]);
  });

  it('gives each displayed word the time of the spoken words standing for it', () => {
    const spoken = [{ from: 0, to: 0 }, { from: 1, to: 1 }, { from: 1, to: 1 }, { from: 2, to: 4 }, { from: 2, to: 4 }, { from: 5, to: 5 }];
    const spans = [{ start: 0, end: 0.2 }, { start: 0.2, end: 0.3 }, { start: 0.3, end: 0.5 }, { start: 0.5, end: 0.8 }, { start: 0.8, end: 1.1 }, { start: 1.1, end: 1.1 }];
    const shown = displaySpans(spoken, spans, ['Le', 'CEP', 'Agence', 'de', 'lutte', '«']);
    expect(shown[1]).toEqual({ start: 0.2, end: 0.5 });
    expect(shown[2]!.start).toBeCloseTo(0.5, 5);
    expect(shown[4]!.end).toBeCloseTo(1.1, 5);
    expect(shown[3]!.end - shown[3]!.start).toBeLessThan(shown[2]!.end - shown[2]!.start);
    expect(shown[5]).toEqual({ start: 1.1, end: 1.1 });
  });
});

describe('what a visitor following the highlight would notice', () => {
  const timing = (word: number, start: number, end: number) => ({ line: 0, word, start, end });
  it('flags a word held more than 2.5 s and a run of four words under 60 ms each', () => {
    const words = ['Un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept.'];
    const faults = timingFaults([timing(0, 0, 0.03), timing(1, 0.03, 0.06), timing(2, 0.06, 0.09), timing(3, 0.09, 0.12), timing(4, 0.12, 0.5), timing(5, 0.5, 3.2), timing(6, 3.2, 3.5)], [words]);
    expect(faults.map((fault) => `${fault.kind}: ${fault.text}`)).toEqual(['long word: six', 'fast run: Un deux trois quatre']);
  });
  it('counts a word as held until the next word starts, and ignores tokens without letters', () => {
    const words = ['Le', '«', 'travail', 'change.'];
    expect(timingFaults([timing(0, 0, 0.2), timing(1, 3, 3), timing(2, 3, 3.4), timing(3, 3.4, 3.8)], [words]).map((f) => f.text)).toEqual(['Le']);
    expect(timingFaults([timing(0, 0, 0.2), timing(1, 0.2, 0.2), timing(2, 0.2, 0.5), timing(3, 0.5, 0.9)], [words])).toEqual([]);
  });

  it('leaves out the shown words the voice does not say: they are never marked', () => {
    const words = ['Le', 'Conseil', 'national', 'du', 'numérique'];
    const flashing = [timing(0, 0, 0.5), timing(1, 0.5, 0.5), timing(2, 0.5, 0.5), timing(3, 0.5, 0.5), timing(4, 0.5, 0.5)];
    expect(timingFaults(flashing, [words]).map((f) => f.kind)).toEqual(['fast run']);
    expect(timingFaults(flashing, [words], (_line, word) => (word === 0 ? 1 : 0))).toEqual([]);
  });

  it('gives a shown word said in several spoken words ("2٬500٬000") 2.5 s for each', () => {
    const words = ['Il', 'y', 'a', '2٬500٬000', 'personnes.'];
    const held = [timing(0, 0, 0.2), timing(1, 0.2, 0.4), timing(2, 0.4, 0.6), timing(3, 0.6, 3.4), timing(4, 3.4, 4)];
    expect(timingFaults(held, [words]).map((f) => f.text)).toEqual(['2٬500٬000']);
    expect(timingFaults(held, [words], (_line, word) => (word === 3 ? 3 : 1))).toEqual([]);
  });
});
