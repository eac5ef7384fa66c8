/** Reads a PCM WAV file (16-bit integer or 32-bit float, any rate, mono or stereo) into mono samples. */
export interface DecodedAudio {
  samples: Float32Array;
  sampleRate: number;
}

export function decodeWav(bytes: Uint8Array, name: string): DecodedAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error(`${name}: not a WAV file`);
  let format = 0;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  let data: DataView | null = null;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ') {
      format = view.getUint16(offset + 8, true);
      channels = view.getUint16(offset + 10, true);
      sampleRate = view.getUint32(offset + 12, true);
      bits = view.getUint16(offset + 22, true);
    } else if (id === 'data') {
      data = new DataView(bytes.buffer, bytes.byteOffset + offset + 8, Math.min(size, bytes.length - offset - 8));
    }
    offset += 8 + size + (size % 2);
  }
  const pcm16 = format === 1 && bits === 16;
  const float32 = format === 3 && bits === 32;
  if (!data || channels < 1 || sampleRate < 8000 || !(pcm16 || float32)) {
    throw new Error(`${name}: unsupported WAV (needs 16-bit PCM or 32-bit float, mono or stereo, 8 kHz or more)`);
  }
  const frameBytes = (bits / 8) * channels;
  const frames = Math.floor(data.byteLength / frameBytes);
  const samples = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let channel = 0; channel < channels; channel++) {
      const at = frame * frameBytes + (channel * bits) / 8;
      sum += pcm16 ? data.getInt16(at, true) / 32768 : data.getFloat32(at, true);
    }
    samples[frame] = sum / channels;
  }
  return { samples, sampleRate };
}

export function encodeWav({ samples, sampleRate }: DecodedAudio): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => (bytes[offset + i] = c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, i) => view.setInt16(44 + i * 2, Math.max(-1, Math.min(1, sample)) * 32767, true));
  return bytes;
}
