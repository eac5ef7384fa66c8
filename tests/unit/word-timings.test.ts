import { describe, expect, it } from 'vitest';
import { displayWordSpans, pausesWithin, shareSpan, speechBounds, spokenWordSpans } from '../../scripts/voice/word-timings';

const RATE = 16_000;
/** Speech stand-in: tone where `on`, silence elsewhere; each segment [seconds, on]. */
function signal(segments: [number, boolean][]): Float32Array {
  const total = segments.reduce((sum, [seconds]) => sum + seconds, 0);
  const samples = new Float32Array(Math.round(total * RATE));
  let at = 0;
  for (const [seconds, on] of segments) {
    const n = Math.round(seconds * RATE);
    if (on) for (let i = 0; i < n; i++) samples[at + i] = 0.5 * Math.sin((2 * Math.PI * 220 * i) / RATE);
    at += n;
  }
  return samples;
}

describe('word timings', () => {
  it('find where speech starts and ends', () => {
    const bounds = speechBounds(signal([[0.2, false], [1, true], [0.3, false]]), RATE)!;
    expect(bounds.start).toBeCloseTo(0.2, 1);
    expect(bounds.end).toBeCloseTo(1.2, 1);
    expect(speechBounds(new Float32Array(RATE), RATE)).toBeNull();
  });

  it('find the pauses inside speech', () => {
    const samples = signal([[0.5, true], [0.3, false], [0.5, true], [0.05, false], [0.5, true]]);
    const pauses = pausesWithin(samples, RATE, speechBounds(samples, RATE)!);
    expect(pauses).toHaveLength(1);
    expect(pauses[0].start).toBeCloseTo(0.5, 1);
  });

  it('share a span by weight', () => {
    expect(shareSpan({ start: 1, end: 4 }, [1, 2])).toEqual([{ start: 1, end: 2 }, { start: 2, end: 4 }]);
  });

  it('align phrases to the pauses of the audio', () => {
    // "Bonjour, le monde." : one phrase, pause, two words.
    const samples = signal([[0.6, true], [0.3, false], [0.4, true], [0.4, true]]);
    const spans = spokenWordSpans(samples, RATE, ['Bonjour,', 'le', 'monde.'], [1, 1, 1]);
    expect(spans[0].start).toBeCloseTo(0, 1);
    expect(spans[0].end).toBeCloseTo(0.6, 1);
    expect(spans[1].start).toBeCloseTo(0.9, 1);
    expect(spans[2].end).toBeCloseTo(1.7, 1);
  });

  it('map spoken words onto different displayed words by letters', () => {
    const spoken = ['Le', 'C', 'E', 'P', 'aide.'];
    const spans = [{ start: 0, end: 0.2 }, { start: 0.2, end: 0.4 }, { start: 0.4, end: 0.6 }, { start: 0.6, end: 0.8 }, { start: 0.8, end: 1.4 }];
    const shown = displayWordSpans(spoken, spans, ['Le', 'CEP', 'aide.']);
    expect(shown).toHaveLength(3);
    expect(shown[0].start).toBe(0);
    expect(shown[2].end).toBeCloseTo(1.4, 5);
    expect(shown[1].start).toBeLessThan(shown[1].end);
    expect(shown[1].end).toBeLessThanOrEqual(shown[2].start + 1e-9);
  });
});
