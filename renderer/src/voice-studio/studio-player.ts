/**
 * What the studio plays: a take, or the stretch of the synthetic clip that says one line, as the model. One
 * sound at a time; a new one stops the last.
 */
let context: AudioContext | null = null;
let playing: AudioBufferSourceNode | null = null;

export function stopStudioSound(): void {
  playing?.stop();
  playing = null;
}

/** Plays Ogg Opus bytes, or the seconds [from, to) of them; resolves when it has ended or was stopped. */
export async function playOggOpus(bytes: Uint8Array, span?: { from: number; to: number }): Promise<void> {
  stopStudioSound();
  context ??= new AudioContext();
  if (context.state === 'suspended') await context.resume();
  const buffer = await context.decodeAudioData(bytes.slice().buffer);
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  playing = source;
  const ended = new Promise<void>((resolve) => source.addEventListener('ended', () => resolve(), { once: true }));
  if (span) source.start(0, span.from, Math.max(0, span.to - span.from));
  else source.start();
  await ended;
  if (playing === source) playing = null;
}
