/**
 * Ogg Opus of mono speech (RFC 7845), for the build's voice pipeline and the voice studio alike: resampling to
 * the Opus input rate, 20 ms packets from libopus (which each side loads its own way), and the Ogg pages around
 * them. Deterministic: the same samples give the same bytes. Pure: no Node, no DOM.
 */
export const OPUS_SAMPLE_RATE = 16_000;
/** Speech bitrate: clear speech at about 2.25 kB per second. */
export const OPUS_BITRATE = 18_000;
export const FRAME = OPUS_SAMPLE_RATE / 50;
/** The bytes of an ASCII text (the stream's magic words and vendor name). */
const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0x7f);
/** libopus look-ahead (at 16 kHz: 2.5 ms of framing and 4 ms of delay compensation), in 48 kHz samples: a decoder skips it. */
export const PRE_SKIP = 312;
const GRANULE_PER_SAMPLE = 48_000 / OPUS_SAMPLE_RATE;
const PACKETS_PER_PAGE = 50;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  return crc;
}

function oggPage(packets: Uint8Array[], granule: bigint, serial: number, sequence: number, flags: number): Uint8Array {
  const lacing: number[] = [];
  for (const packet of packets) {
    for (let left = packet.length; ; left -= 255) {
      lacing.push(Math.min(left, 255));
      if (left < 255) break;
    }
  }
  const bodyLength = packets.reduce((sum, packet) => sum + packet.length, 0);
  const page = new Uint8Array(27 + lacing.length + bodyLength);
  const view = new DataView(page.buffer);
  page.set([0x4f, 0x67, 0x67, 0x53], 0);
  page[5] = flags;
  view.setBigInt64(6, granule, true);
  view.setUint32(14, serial, true);
  view.setUint32(18, sequence, true);
  page[26] = lacing.length;
  page.set(lacing, 27);
  let offset = 27 + lacing.length;
  for (const packet of packets) {
    page.set(packet, offset);
    offset += packet.length;
  }
  view.setUint32(22, oggCrc(page), true);
  return page;
}

/** Resamples to the Opus input rate, low-pass filtered first so nothing above the new Nyquist folds back. */
export function resample(samples: Float32Array, from: number, to = OPUS_SAMPLE_RATE): Float32Array {
  if (from === to) return samples;
  const cutoff = (0.45 * Math.min(from, to)) / from;
  const taps = 32;
  const kernel = Array.from({ length: 2 * taps + 1 }, (_, i) => {
    const n = i - taps;
    const sinc = n === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * n) / (Math.PI * n);
    return sinc * (0.54 + 0.46 * Math.cos((Math.PI * n) / taps));
  });
  const filtered = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    let sum = 0;
    for (let k = -taps; k <= taps; k++) {
      const j = i + k;
      if (j >= 0 && j < samples.length) sum += samples[j]! * (kernel[k + taps] ?? 0);
    }
    filtered[i] = sum;
  }
  const out = new Float32Array(Math.floor((samples.length * to) / from));
  for (let i = 0; i < out.length; i++) {
    const position = (i * from) / to;
    const left = Math.floor(position);
    const fraction = position - left;
    out[i] = (filtered[left] ?? 0) * (1 - fraction) + (filtered[Math.min(left + 1, filtered.length - 1)] ?? 0) * fraction;
  }
  return out;
}

/** libopus, as the build (Node) or the page (a browser) loads it: one mono encoder at OPUS_SAMPLE_RATE. */
export interface OpusFrameEncoder {
  /** One frame of FRAME 16-bit samples, coded as one packet. */
  encodeFrame(pcm: Int16Array): Uint8Array;
  delete(): void;
}
export type MakeOpusEncoder = (bitrate: number) => OpusFrameEncoder;

/** Mono samples at the Opus rate as Opus packets of 20 ms, the encoder flushed so every input sample is in one. */
export function encodeOpusPackets(samples: Float32Array, makeEncoder: MakeOpusEncoder, bitrate = OPUS_BITRATE): Uint8Array[] {
  const encoder = makeEncoder(bitrate);
  const packets: Uint8Array[] = [];
  const pcm = new Int16Array(FRAME);
  // The input's last sample comes out of the encoder only after its look-ahead: silence is fed until it has.
  const coded = samples.length + PRE_SKIP / GRANULE_PER_SAMPLE;
  try {
    for (let offset = 0; offset < coded; offset += FRAME) {
      pcm.fill(0);
      for (let i = 0; i < FRAME && offset + i < samples.length; i++) pcm[i] = Math.round(Math.max(-1, Math.min(1, samples[offset + i]!)) * 32767);
      packets.push(encoder.encodeFrame(pcm));
    }
  } finally {
    encoder.delete();
  }
  return packets;
}

/** The Ogg Opus stream of packets from `encodeOpusPackets`, which coded `sampleCount` samples. */
export function oggOpusStream(packets: readonly Uint8Array[], sampleCount: number, serial: number, vendorName = 'kelvoa-kiosk voice pipeline'): Uint8Array {
  const head = new Uint8Array(19);
  const headView = new DataView(head.buffer);
  head.set(ascii('OpusHead'), 0);
  head[8] = 1;
  head[9] = 1;
  headView.setUint16(10, PRE_SKIP, true);
  headView.setUint32(12, OPUS_SAMPLE_RATE, true);
  const vendor = ascii(vendorName);
  const tags = new Uint8Array(8 + 4 + vendor.length + 4);
  tags.set(ascii('OpusTags'), 0);
  new DataView(tags.buffer).setUint32(8, vendor.length, true);
  tags.set(vendor, 12);

  const pages = [oggPage([head], 0n, serial, 0, 0x02), oggPage([tags], 0n, serial, 1, 0)];
  // RFC 7845 §4: a page's granule position counts every sample decoded up to its last packet, pre-skip included;
  // the last page's is smaller, and the decoder drops what lies beyond it (end trimming).
  const endGranule = BigInt(PRE_SKIP + sampleCount * GRANULE_PER_SAMPLE);
  for (let first = 0; first < packets.length; first += PACKETS_PER_PAGE) {
    const chunk = packets.slice(first, first + PACKETS_PER_PAGE);
    const last = first + chunk.length >= packets.length;
    const granule = last ? endGranule : BigInt((first + chunk.length) * FRAME * GRANULE_PER_SAMPLE);
    pages.push(oggPage(chunk, granule, serial, pages.length, last ? 0x04 : 0));
  }
  const out = new Uint8Array(pages.reduce((sum, page) => sum + page.length, 0));
  let offset = 0;
  for (const page of pages) {
    out.set(page, offset);
    offset += page.length;
  }
  return out;
}

