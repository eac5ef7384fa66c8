/**
 * A second reader of Ogg Opus, written from RFC 3533, RFC 7845 and RFC 6716 without the encoder's code, to check
 * the files the encoder writes: every page and its CRC, the packets rebuilt from the lacing, each packet's length
 * from its TOC byte, and every granule position against those lengths.
 */

export interface OggOpusFile {
  preSkip: number;
  channels: number;
  /** The audio packets, in order. */
  packets: Uint8Array[];
  /** Samples (at 48 kHz) all packets decode to, pre-skip included. */
  decodedSamples: number;
  /** The last page's granule position: where playback ends, pre-skip included. */
  finalGranule: number;
}

const CRC_POLYNOMIAL = 0x04c11db7;

/** The Ogg page checksum (RFC 3533): CRC-32, polynomial 0x04c11db7, no reflection, initial value and final XOR 0. */
export function crc32Ogg(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 24;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80000000 ? (crc << 1) ^ CRC_POLYNOMIAL : crc << 1;
  }
  return crc >>> 0;
}

/** RFC 6716 §3.1: samples at 48 kHz in one packet, from its TOC byte (and frame count byte for code 3). */
export function packetSamples(packet: Uint8Array): number {
  const toc = packet[0];
  if (toc === undefined) throw new Error('an empty Opus packet');
  const config = toc >> 3;
  const silkMs = [10, 20, 40, 60];
  const hybridMs = [10, 20];
  const celtMs = [2.5, 5, 10, 20];
  const frameMs = config < 12 ? silkMs[config % 4]! : config < 16 ? hybridMs[config % 2]! : celtMs[config % 4]!;
  const code = toc & 3;
  const frames = code === 0 ? 1 : code < 3 ? 2 : (packet[1] ?? 0) & 0x3f;
  if (frames === 0) throw new Error('an Opus packet of code 3 without its frame count');
  return frames * frameMs * 48;
}

interface Page {
  flags: number;
  granule: bigint;
  serial: number;
  sequence: number;
  segments: number[];
  body: Uint8Array;
}

function readPages(bytes: Uint8Array): Page[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pages: Page[] = [];
  for (let offset = 0; offset < bytes.length; ) {
    if (String.fromCharCode(...bytes.subarray(offset, offset + 4)) !== 'OggS') throw new Error(`no page capture pattern at byte ${offset}`);
    if (bytes[offset + 4] !== 0) throw new Error(`page at byte ${offset}: stream structure version ${bytes[offset + 4]}`);
    const count = bytes[offset + 26]!;
    const segments = [...bytes.subarray(offset + 27, offset + 27 + count)];
    const length = 27 + count + segments.reduce((sum, size) => sum + size, 0);
    if (offset + length > bytes.length) throw new Error(`page at byte ${offset} runs past the end of the file`);
    const page = bytes.slice(offset, offset + length);
    const stored = view.getUint32(offset + 22, true);
    page.fill(0, 22, 26);
    if (crc32Ogg(page) !== stored) throw new Error(`page ${pages.length}: CRC mismatch`);
    pages.push({ flags: bytes[offset + 5]!, granule: view.getBigInt64(offset + 6, true), serial: view.getUint32(offset + 14, true), sequence: view.getUint32(offset + 18, true), segments, body: bytes.subarray(offset + 27 + count, offset + length) });
    offset += length;
  }
  return pages;
}

/** Reads and checks one Ogg Opus file; throws with the first thing that breaks the RFCs. */
export function readOggOpus(bytes: Uint8Array): OggOpusFile {
  const pages = readPages(bytes);
  if (pages.length < 3) throw new Error(`${pages.length} pages: a header page, a tags page and audio are needed`);
  pages.forEach((page, index) => {
    if (page.serial !== pages[0]!.serial) throw new Error(`page ${index}: another stream's serial number`);
    if (page.sequence !== index) throw new Error(`page ${index}: sequence number ${page.sequence}`);
    if (Boolean(page.flags & 0x02) !== (index === 0)) throw new Error(`page ${index}: beginning-of-stream flag ${index === 0 ? 'missing' : 'misplaced'}`);
    if (Boolean(page.flags & 0x04) !== (index === pages.length - 1)) throw new Error(`page ${index}: end-of-stream flag ${index === pages.length - 1 ? 'missing' : 'misplaced'}`);
  });

  // Packets, with the page each one ends on.
  const packets: { data: Uint8Array; page: number }[] = [];
  let pending: number[] = [];
  pages.forEach((page, index) => {
    if (Boolean(page.flags & 0x01) !== pending.length > 0) throw new Error(`page ${index}: continuation flag does not match the previous page`);
    let at = 0;
    for (const size of page.segments) {
      pending.push(...page.body.subarray(at, at + size));
      at += size;
      if (size < 255) {
        packets.push({ data: Uint8Array.from(pending), page: index });
        pending = [];
      }
    }
  });
  if (pending.length > 0) throw new Error('the last packet is never completed');

  const [head, tags, ...audio] = packets;
  const text = (data: Uint8Array) => String.fromCharCode(...data.subarray(0, 8));
  if (!head || text(head.data) !== 'OpusHead' || head.page !== 0 || pages[0]!.segments.length !== 1) throw new Error('the first page must hold the OpusHead packet alone');
  if (head.data.length < 19 || head.data[8] !== 1) throw new Error('OpusHead: length or version');
  const headView = new DataView(head.data.buffer, head.data.byteOffset);
  const channels = head.data[9]!;
  if (channels !== 1 || head.data[18] !== 0) throw new Error('OpusHead: mono with channel mapping family 0 is expected');
  const preSkip = headView.getUint16(10, true);
  if (!tags || text(tags.data) !== 'OpusTags') throw new Error('the second packet must be OpusTags');
  const tagsView = new DataView(tags.data.buffer, tags.data.byteOffset);
  const vendorLength = tagsView.getUint32(8, true);
  if (12 + vendorLength + 4 > tags.data.length) throw new Error('OpusTags: vendor string or comment count runs past the packet');
  if (audio.length === 0 || audio[0]!.page <= tags.page) throw new Error('audio must start on a page of its own, after the tags');
  for (let index = 0; index <= tags.page; index++) if (pages[index]!.granule !== 0n) throw new Error(`header page ${index}: granule position must be 0`);

  let decoded = 0;
  let previousGranule = 0;
  for (let index = tags.page + 1; index < pages.length; index++) {
    const ending = audio.filter((packet) => packet.page === index);
    decoded += ending.reduce((sum, packet) => sum + packetSamples(packet.data), 0);
    const granule = Number(pages[index]!.granule);
    if (ending.length === 0) {
      if (granule !== -1) throw new Error(`page ${index}: no packet ends here, so its granule position must be -1`);
      continue;
    }
    const last = index === pages.length - 1;
    if (!last && granule !== decoded) throw new Error(`page ${index}: granule position ${granule}, but its packets end at sample ${decoded}`);
    if (last && (granule > decoded || granule < previousGranule)) throw new Error(`last page: granule position ${granule} outside ${previousGranule}–${decoded}, the samples its packets hold`);
    previousGranule = granule;
  }
  if (previousGranule < preSkip) throw new Error(`final granule position ${previousGranule} is inside the pre-skip (${preSkip})`);
  return { preSkip, channels, packets: audio.map((packet) => packet.data), decodedSamples: decoded, finalGranule: previousGranule };
}
