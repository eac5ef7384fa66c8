/** What the studio's libopus encoder and decoder (npm opus-encdec, asm.js) share. */

/** The largest Opus packet either side handles: far above a speech packet at the studio's bitrates. */
export const MAX_PACKET_BYTES = 4000;

/** Settles once the Emscripten module has set itself up. */
export const whenReady = (libopus: LibOpusAsm): Promise<void> =>
  new Promise((resolve) => {
    if (libopus.isReady) resolve();
    else libopus.onready = resolve;
  });
