/**
 * The venue configuration's fields and defaults, without their validation (venue-config.ts): all the page
 * needs before its first screen, so that the validation library stays out of that screen's script.
 * Pure module shared by main, the page and the build.
 */
export const LANGUAGES = ['fr', 'en', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SCAN_MODES = ['groups', 'items'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];

/** What a venue may set; each field's meaning, limits and check are in venue-config.ts (VENUE_FIELDS). */
export type VenueConfig = {
  kiosk: boolean;
  idleTimeoutSeconds: number;
  idleWarningSeconds: number;
  attractInvitationSeconds: number;
  scanStepSeconds: number;
  scanMode: ScanMode;
  newScreenGuardSeconds: number;
  scanningByDefault: boolean;
  defaultLanguage: Language;
  languages: Language[];
  workshopMaxMinutes: number;
  accessibilityStatementUrl: string | null;
};

/** Each field's value when the venue file does not set it, or sets it wrong. */
export const DEFAULT_VENUE_CONFIG: Readonly<VenueConfig> = Object.freeze({
  kiosk: true,
  idleTimeoutSeconds: 60,
  idleWarningSeconds: 30,
  attractInvitationSeconds: 45,
  scanStepSeconds: 2,
  scanMode: 'groups',
  newScreenGuardSeconds: 0.5,
  scanningByDefault: false,
  defaultLanguage: 'fr',
  languages: [...LANGUAGES],
  workshopMaxMinutes: 120,
  accessibilityStatementUrl: null,
});
