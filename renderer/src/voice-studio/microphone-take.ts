/**
 * One take from the microphone: the host allows capture for it (main's microphone gate), the browser's
 * processing that would change the voice (echo cancelling, noise suppression, automatic gain) is off, and the
 * take stops by itself after a second of silence following speech, at the longest take allowed, or when
 * asked. The microphone is released, and the host told, whatever happens.
 */
import { MAX_TAKE_SECONDS } from '../../../contract/recorded-voices';
import { concatSamples } from '../../../domain/audio/audio-features';
import { silenceDetector } from '../../../domain/voice-studio/take-processing';
import { kioskApi } from '../platform/kiosk-api';
import captureProcessorUrl from './capture-processor.ts?worker&url';

export interface CapturedTake {
  samples: Float32Array;
  sampleRate: number;
}

export interface RunningTake {
  /** Stops now (the "Stop" button); resolves with what was heard. */
  stop(): void;
  /** Resolves when the take has stopped, by itself or by `stop`. */
  done: Promise<CapturedTake>;
}

export async function startTake(): Promise<RunningTake> {
  // The capture is ready before the microphone opens, so that nothing said at once is lost.
  const context = new AudioContext();
  try {
    await context.audioWorklet.addModule(captureProcessorUrl);
  } catch (error) {
    await context.close();
    throw error;
  }
  const capture = new AudioWorkletNode(context, 'kelvoa-capture', { numberOfInputs: 1, numberOfOutputs: 0 });
  await kioskApi.microphone('take-start');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 }, video: false });
  } catch (error) {
    await context.close();
    await kioskApi.microphone('take-end');
    throw error;
  }
  const source = context.createMediaStreamSource(stream);
  const blocks: Float32Array[] = [];
  const detector = silenceDetector(context.sampleRate);
  const maxSamples = MAX_TAKE_SECONDS * context.sampleRate;
  let length = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  capture.port.onmessage = (event: MessageEvent<Float32Array>) => {
    blocks.push(event.data);
    length += event.data.length;
    if (detector.push(event.data) === 'ended' || length >= maxSamples) finish();
  };
  source.connect(capture);

  const done = finished.then(async () => {
    capture.port.onmessage = null;
    source.disconnect();
    capture.disconnect();
    for (const track of stream.getTracks()) track.stop();
    const sampleRate = context.sampleRate;
    await context.close();
    await kioskApi.microphone('take-end');
    return { samples: concatSamples(blocks), sampleRate };
  });
  return { stop: finish, done };
}
