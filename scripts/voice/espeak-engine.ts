/** eSpeak NG, from its WebAssembly build (npm package espeak-ng), for languages SVOX Pico lacks. */
import { decodeWav } from './wav';

type ESpeakFactory = (options: { arguments: string[] }) => Promise<{ FS: { readFile(path: string): Uint8Array } }>;

export async function espeakSynthesize(text: string, voice: string, wordsPerMinute: number) {
  const { default: ESpeakNg } = (await import('espeak-ng')) as unknown as { default: ESpeakFactory };
  const instance = await ESpeakNg({ arguments: ['-v', voice, '-s', String(wordsPerMinute), '-w', '/out.wav', text] });
  return decodeWav(instance.FS.readFile('/out.wav'), `eSpeak NG output for "${text.slice(0, 40)}"`);
}
