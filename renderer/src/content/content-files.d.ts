/** Made at build time by scripts/content-files-plugin.ts: the programme's structure, and where each language's texts are. */
declare module 'virtual:content-files' {
  /** Validated at build time; the page checks its shape (domain/content/page-content.ts). */
  export const contentStructure: unknown;
  /** Per language, the URL (relative to the page) of its texts (domain/content/page-content.ts, LanguageTexts). */
  export const textsUrls: Readonly<Record<import('../../../contract/venue-defaults').Language, string>>;
}
