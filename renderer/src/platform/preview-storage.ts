/** Where the browser preview keeps the venue's data: the page's local storage, under one prefix. */

/** Every local-storage key of the preview starts with this; the end of a visit clears everything else. */
export const PREVIEW_STORAGE_PREFIX = 'kelvoa-preview:';
export const PREVIEW_KEYS = {
  pin: `${PREVIEW_STORAGE_PREFIX}facilitator-pin`,
  settings: `${PREVIEW_STORAGE_PREFIX}venue-settings`,
  counts: `${PREVIEW_STORAGE_PREFIX}usage-counts`,
  problems: `${PREVIEW_STORAGE_PREFIX}log-problems`,
} as const;

export function readJson(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** Settings saved in the preview; settings in the page's query string are applied over them. */
export function storedVenueSettings(): Record<string, unknown> {
  const value = readJson(PREVIEW_KEYS.settings);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
