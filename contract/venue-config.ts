/**
 * The venue configuration: what a venue may set for its kiosk, its defaults and its validation.
 * Pure module shared by main (reads the file), the build, and the page (its browser preview and facilitator
 * mode; the page's first screen needs only venue-defaults.ts, which this module re-exports).
 */
import { z } from 'zod';
import { DEFAULT_VENUE_CONFIG, LANGUAGES, SCAN_MODES, type Language, type VenueConfig } from './venue-defaults';

export { DEFAULT_VENUE_CONFIG, LANGUAGES, SCAN_MODES, type Language, type ScanMode, type VenueConfig } from './venue-defaults';

/** One venue setting: how it is checked (its reason in English, for the log), its default and its documentation. */
interface VenueField<T> {
  schema: z.ZodType<T>;
  fallback: T;
  /** What it does, for the venue configuration's table (docs). */
  meaning: string;
  /** What it accepts, as the table says it. */
  allowed: string;
}

const flag = (fallback: boolean, meaning: string): VenueField<boolean> => ({ schema: z.boolean({ error: 'must be true or false' }), fallback, meaning, allowed: 'true / false' });

function range(min: number, max: number, fallback: number, meaning: string): VenueField<number> & { rule: NumberRule } {
  const error = `must be a number from ${min} to ${max}`;
  return { schema: z.number({ error }).min(min, { error }).max(max, { error }), fallback, meaning, allowed: `${min}–${max}`, rule: { min, max } };
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], meaning: string): VenueField<T[number]> {
  return { schema: z.enum(values, { error: `must be one of: ${values.join(', ')}` }), fallback, meaning, allowed: values.join(', ') };
}

/** An optional https address (a page the venue publishes); absent or null: none. */
function optionalHttpsUrl(meaning: string): VenueField<string | null> {
  const error = 'must be an https:// address, or null for none';
  return { schema: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error }).max(2000, { error }).nullable(), fallback: null, meaning, allowed: 'https://… address, or null (none)' };
}

const languageList: VenueField<Language[]> = {
  schema: z
    .array(z.enum(LANGUAGES), { error: `must be a non-empty list of distinct codes from: ${LANGUAGES.join(', ')}` })
    .min(1, { error: `must be a non-empty list of distinct codes from: ${LANGUAGES.join(', ')}` })
    .refine((languages) => new Set(languages).size === languages.length, { error: `must be a non-empty list of distinct codes from: ${LANGUAGES.join(', ')}` }),
  fallback: [...DEFAULT_VENUE_CONFIG.languages],
  meaning: 'languages offered, in order',
  allowed: `subset of ${LANGUAGES.join(', ')}`,
};

const DEFAULTS = DEFAULT_VENUE_CONFIG;

/**
 * Every venue setting, in the order of the venue configuration's table: one schema per field gives the type,
 * the default, the range and the reason a value is refused. A field that fails its check falls back to its
 * default alone; the other fields keep their values.
 */
export const VENUE_FIELDS = {
  kiosk: flag(DEFAULTS.kiosk, 'full-screen kiosk window (false: a normal window)'),
  idleTimeoutSeconds: range(15, 3600, DEFAULTS.idleTimeoutSeconds, 'no touch for this long → "Are you still there?"'),
  idleWarningSeconds: range(20, 300, DEFAULTS.idleWarningSeconds, 'length of that countdown before the reset'),
  attractInvitationSeconds: range(0, 3600, DEFAULTS.attractInvitationSeconds, 'interval of the spoken invitation on the attract screen (0 = off)'),
  scanStepSeconds: range(0.5, 30, DEFAULTS.scanStepSeconds, 'time each group or button stays highlighted in one-switch scanning'),
  scanMode: oneOf(
    SCAN_MODES,
    DEFAULTS.scanMode,
    '`groups`: scanning highlights each group (the pictures, then the buttons at the bottom…) and a press enters it, as row/column scanning on AAC boards; `items`: every button in turn',
  ),
  newScreenGuardSeconds: range(
    0,
    3,
    DEFAULTS.newScreenGuardSeconds,
    'touches are ignored this long after a new screen (or a dialog) appears, so the second tap of a double tap never lands on what appeared under the finger; more for visitors with tremor, 0 turns it off',
  ),
  scanningByDefault: flag(DEFAULTS.scanningByDefault, 'every visit starts in one-switch scanning (a kiosk fitted with a single switch)'),
  defaultLanguage: oneOf(LANGUAGES, DEFAULTS.defaultLanguage, 'language after each reset'),
  languages: languageList,
  workshopMaxMinutes: range(15, 480, DEFAULTS.workshopMaxMinutes, 'a workshop ends by itself after this long'),
  accessibilityStatementUrl: optionalHttpsUrl(
    'where the venue publishes the accessibility statement: the "About" screen shows a QR code to it (none: About says the statement is in the kiosk\'s documentation)',
  ),
} satisfies { [K in keyof VenueConfig]: VenueField<VenueConfig[K]> };

type VenueFields = typeof VENUE_FIELDS;

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

type NumberField = { [K in keyof VenueFields]: VenueFields[K] extends { rule: NumberRule } ? K : never }[keyof VenueFields];

export const VENUE_NUMBER_RULES = Object.fromEntries(
  Object.entries(VENUE_FIELDS).flatMap(([field, definition]) => ('rule' in definition ? [[field, definition.rule]] : [])),
) as Record<NumberField, NumberRule>;

/** Every field a venue file may hold: the settings and the PIN's two forms. */
export const KNOWN_VENUE_FIELDS: ReadonlySet<string> = new Set([...Object.keys(DEFAULT_VENUE_CONFIG), PIN_FIELD, NEW_PIN_FIELD]);

/**
 * Validates a parsed configuration object field by field. A bad field falls back to its default and is
 * reported; unknown fields are reported too, so a typo in the venue file never passes silently.
 */
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

  for (const [field, definition] of Object.entries(VENUE_FIELDS) as [keyof VenueFields, VenueField<unknown>][]) {
    if (!(field in input)) continue;
    const parsed = definition.schema.safeParse(input[field]);
    if (parsed.success) (config as Record<string, unknown>)[field] = parsed.data;
    else problems.push({ field, message: parsed.error.issues[0]?.message ?? 'invalid' });
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
