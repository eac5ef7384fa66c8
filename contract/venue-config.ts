/**
 * The venue configuration: what a venue may set for its kiosk, its defaults and its validation.
 * Pure module shared by main (reads the file) and renderer (uses the values).
 */
export const LANGUAGES = ['fr', 'en', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SCAN_MODES = ['groups', 'items'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];

export interface VenueConfig {
  /** Full-screen kiosk window; false gives a normal window (set by the venue for a staffed desk). */
  kiosk: boolean;
  /** Seconds without any touch before "Are you still there?" is asked. */
  idleTimeoutSeconds: number;
  /** Seconds the "Are you still there?" countdown lasts before the kiosk resets. */
  idleWarningSeconds: number;
  /** Seconds between spoken invitations on the attract screen; 0 turns them off. */
  attractInvitationSeconds: number;
  /** Seconds each item stays highlighted in one-switch scanning mode. */
  scanStepSeconds: number;
  /**
   * How one-switch scanning moves: 'groups' highlights each group in turn (the pictures, then the buttons at
   * the bottom) and a press enters it, as row/column scanning on AAC boards; 'items' goes through every button.
   */
  scanMode: ScanMode;
  /**
   * Seconds during which touches are ignored after a new screen appears, so that the second tap of a double
   * tap never lands on what appeared under the finger. Venues whose visitors often have tremor may set more.
   */
  newScreenGuardSeconds: number;
  /** Every visit starts in one-switch scanning mode (for a kiosk fitted with a single switch). */
  scanningByDefault: boolean;
  /** Language the kiosk starts in after each reset. */
  defaultLanguage: Language;
  /** Languages offered to visitors, in the order shown. */
  languages: Language[];
  /** Minutes after which a workshop ends by itself and the kiosk returns to its visitors. */
  workshopMaxMinutes: number;
}

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
});

/** The settings a facilitator may change in the kiosk (the window mode needs a restart, so it stays in the file). */
export const EDITABLE_VENUE_FIELDS = [
  'idleTimeoutSeconds',
  'idleWarningSeconds',
  'attractInvitationSeconds',
  'scanStepSeconds',
  'newScreenGuardSeconds',
  'scanningByDefault',
  'scanMode',
  'defaultLanguage',
  'languages',
  'workshopMaxMinutes',
] as const satisfies readonly (keyof VenueConfig)[];
export type EditableVenueField = (typeof EDITABLE_VENUE_FIELDS)[number];

/**
 * The facilitator PIN as the venue file keeps it (field `facilitatorPin`, written by `npm run set-pin`): a
 * salted scrypt hash, never the PIN. Only the main process reads it; the page never receives it.
 */
export const PIN_FIELD = 'facilitatorPin';
/**
 * A PIN written in clear by whoever installs the kiosk (a text editor is all it takes, on Linux and Windows):
 * at its next start the kiosk replaces it with its hash in `facilitatorPin` and removes it from the file.
 */
export const NEW_PIN_FIELD = 'newFacilitatorPin';
export interface PinRecord {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** Base64. */
  salt: string;
  hash: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A well-formed PIN record, or null (a damaged record turns the facilitator mode off). */
export function parsePinRecord(value: unknown): PinRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { algorithm, N, r, p, salt, hash } = value as Record<string, unknown>;
  const power = typeof N === 'number' && Number.isInteger(Math.log2(N)) && N >= 2 ** 14 && N <= 2 ** 20;
  const small = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 16;
  if (algorithm !== 'scrypt' || !power || !small(r) || !small(p)) return null;
  if (typeof salt !== 'string' || !BASE64.test(salt) || salt.length < 16) return null;
  if (typeof hash !== 'string' || !BASE64.test(hash) || hash.length < 32) return null;
  return { algorithm, N: N as number, r: r as number, p: p as number, salt, hash };
}

export interface ConfigProblem {
  field: string;
  message: string;
}

export interface ConfigResult {
  config: VenueConfig;
  /** Each field that was rejected and replaced by its default, with the reason. */
  problems: ConfigProblem[];
}

export interface NumberRule {
  min: number;
  max: number;
}

export const VENUE_NUMBER_RULES: Record<
  'idleTimeoutSeconds' | 'idleWarningSeconds' | 'attractInvitationSeconds' | 'scanStepSeconds' | 'newScreenGuardSeconds' | 'workshopMaxMinutes',
  NumberRule
> = {
  idleTimeoutSeconds: { min: 15, max: 3600 },
  idleWarningSeconds: { min: 20, max: 300 },
  attractInvitationSeconds: { min: 0, max: 3600 },
  scanStepSeconds: { min: 0.5, max: 30 },
  newScreenGuardSeconds: { min: 0, max: 3 },
  workshopMaxMinutes: { min: 15, max: 480 },
};

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Validates a parsed configuration object field by field. A bad field falls back to its default and is
 * reported; unknown fields are reported too, so a typo in the venue file never passes silently.
 */
/** Every field a venue file may hold: the settings and the PIN's two forms. */
export const KNOWN_VENUE_FIELDS: ReadonlySet<string> = new Set([...Object.keys(DEFAULT_VENUE_CONFIG), PIN_FIELD, NEW_PIN_FIELD]);

export function validateVenueConfig(raw: unknown): ConfigResult {
  const config: VenueConfig = { ...DEFAULT_VENUE_CONFIG, languages: [...DEFAULT_VENUE_CONFIG.languages] };
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [{ field: '(file)', message: 'must be a JSON object' }] };
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN_VENUE_FIELDS.has(key)) problems.push({ field: key, message: 'unknown setting, ignored' });
  }
  if (PIN_FIELD in input && parsePinRecord(input[PIN_FIELD]) === null) {
    problems.push({ field: PIN_FIELD, message: 'not a PIN hash made by npm run set-pin; facilitator mode off' });
  }
  if (NEW_PIN_FIELD in input && !(typeof input[NEW_PIN_FIELD] === 'string' && /^[0-9]{4,12}$/.test(input[NEW_PIN_FIELD]))) {
    problems.push({ field: NEW_PIN_FIELD, message: 'must be 4 to 12 digits, in quotes; ignored' });
  }

  for (const field of ['kiosk', 'scanningByDefault'] as const) {
    if (!(field in input)) continue;
    const value = input[field];
    if (typeof value === 'boolean') config[field] = value;
    else problems.push({ field, message: 'must be true or false' });
  }

  for (const [field, rule] of Object.entries(VENUE_NUMBER_RULES) as [keyof typeof VENUE_NUMBER_RULES, NumberRule][]) {
    if (!(field in input)) continue;
    const value = input[field];
    if (typeof value === 'number' && Number.isFinite(value) && value >= rule.min && value <= rule.max) {
      config[field] = value;
    } else {
      problems.push({ field, message: `must be a number from ${rule.min} to ${rule.max}` });
    }
  }

  if ('languages' in input) {
    const value = input.languages;
    if (Array.isArray(value) && value.length > 0 && value.every(isLanguage) && new Set(value).size === value.length) {
      config.languages = [...value];
    } else {
      problems.push({ field: 'languages', message: `must be a non-empty list of distinct codes from: ${LANGUAGES.join(', ')}` });
    }
  }

  if ('scanMode' in input) {
    const value = input.scanMode;
    if (typeof value === 'string' && (SCAN_MODES as readonly string[]).includes(value)) config.scanMode = value as ScanMode;
    else problems.push({ field: 'scanMode', message: `must be one of: ${SCAN_MODES.join(', ')}` });
  }

  if ('defaultLanguage' in input) {
    if (isLanguage(input.defaultLanguage)) config.defaultLanguage = input.defaultLanguage;
    else problems.push({ field: 'defaultLanguage', message: `must be one of: ${LANGUAGES.join(', ')}` });
  }
  if (!config.languages.includes(config.defaultLanguage)) {
    problems.push({ field: 'defaultLanguage', message: `"${config.defaultLanguage}" is not in languages; using "${config.languages[0]}"` });
    config.defaultLanguage = config.languages[0] ?? DEFAULT_VENUE_CONFIG.defaultLanguage;
  }

  return { config, problems };
}

/**
 * A change of settings asked for in the facilitator mode: an object naming only editable fields. The values are
 * checked afterwards, with the whole file, by validateVenueConfig.
 */
export function parseVenueSettingsChange(value: unknown): Partial<Pick<VenueConfig, EditableVenueField>> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => (EDITABLE_VENUE_FIELDS as readonly string[]).includes(key))) return null;
  return { ...(value as Partial<Pick<VenueConfig, EditableVenueField>>) };
}
