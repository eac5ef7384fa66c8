/** Made at build time by scripts/audio-files-plugin.ts: where the page finds the narration's indexes. */
declare module 'virtual:audio-files' {
  /** Per language, the URL (relative to the page) of its clip index (domain/narration/clip-index.ts). */
  export const clipIndexUrls: Readonly<Record<import('../../../contract/venue-config').Language, string>>;
  /** The full audio manifest (hashes, engines), for the facilitator's content check only. */
  export const manifestUrl: string;
}
