/**
 * One line's take, from "Record" to "Keep": a 3-2-1 countdown, the capture (it stops by itself after a second
 * of silence, or on "Stop"), the checks and the encoding, then the take to hear, keep or redo. A refused take
 * says why. Only one take runs at a time in the studio.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordedLine } from '../../../contract/recorded-voices';
import type { Language } from '../../../contract/venue-config';
import type { TakeProblem } from '../../../domain/voice-studio/take-processing';
import { startTake, type RunningTake } from './microphone-take';
import { loadSyntheticReference, prepareTake } from './recorded-text-audio';

export type TakeState =
  | { phase: 'idle' }
  | { phase: 'countdown'; count: number }
  | { phase: 'recording' }
  | { phase: 'processing' }
  | { phase: 'review'; line: RecordedLine }
  | { phase: 'refused'; problem: TakeProblem }
  | { phase: 'failed'; reason: string };

const COUNTDOWN = 3;
const TICK_MS = 1000;

/** The synthetic clip of the text (its audio and word timings), the reference each take is aligned with. */
export interface ReferenceSource {
  audioUrl: string;
  timingsUrl: string;
}

export function useLineTake(language: Language, text: string, line: number, reference: ReferenceSource | undefined) {
  const [state, setState] = useState<TakeState>({ phase: 'idle' });
  const running = useRef<RunningTake | null>(null);
  const cancelled = useRef(false);

  useEffect(
    () => () => {
      cancelled.current = true;
      running.current?.stop();
    },
    [],
  );

  const record = useCallback(async () => {
    cancelled.current = false;
    for (let count = COUNTDOWN; count > 0; count--) {
      setState({ phase: 'countdown', count });
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      if (cancelled.current) return;
    }
    try {
      running.current = await startTake();
      setState({ phase: 'recording' });
      const captured = await running.current.done;
      running.current = null;
      if (cancelled.current) return;
      setState({ phase: 'processing' });
      if (!reference) throw new Error('no synthetic clip to align the take with');
      const result = await prepareTake(text, captured.samples, captured.sampleRate, language, await loadSyntheticReference(reference.audioUrl, reference.timingsUrl), line);
      if (!cancelled.current) setState(result.ok ? { phase: 'review', line: result.line } : { phase: 'refused', problem: result.problem });
    } catch (error) {
      running.current = null;
      if (!cancelled.current) setState({ phase: 'failed', reason: (error as Error).message || String(error) });
    }
  }, [language, text, line, reference]);

  const stop = useCallback(() => running.current?.stop(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, record, stop, reset };
}
