// Terminal escape sequences: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), and the other ESC sequences
// (intermediate bytes, then one final byte).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]/g;
// C0 and C1 controls, DEL, line/paragraph separators, and bidirectional overrides that could disguise a line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * One log line from any text: escape sequences removed whole (not just their ESC), every other control
 * character turned into a space, so a message can neither colour a terminal nor forge a second line.
 */
export function cleanLogText(text: string): string {
  return text.replace(ANSI_ESCAPES, '').replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}
