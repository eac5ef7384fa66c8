/**
 * Anonymous usage counts: per day, how many visits, which languages were chosen, which items were opened and
 * heard to the end, which visitor settings were used and how many workshops were held. Only totals per day:
 * no time of day, no sequence, nothing that could tell one visitor from another.
 * Pure, shared by the main process (which stores them) and the browser preview.
 */
import { LANGUAGES, type Language } from '../languages';

export const VISITOR_SETTINGS = ['textSize', 'highContrast', 'speechRate', 'volume', 'scanning'] as const;
export type VisitorSettingName = (typeof VISITOR_SETTINGS)[number];

export type UsageEvent =
  | { kind: 'visit' }
  | { kind: 'language'; language: Language }
  | { kind: 'itemOpened'; itemId: string }
  | { kind: 'itemHeard'; itemId: string }
  | { kind: 'setting'; setting: VisitorSettingName }
  | { kind: 'workshop' };

export interface DayCounts {
  visits: number;
  workshops: number;
  languages: Partial<Record<Language, number>>;
  itemsOpened: Record<string, number>;
  itemsHeard: Record<string, number>;
  settings: Partial<Record<VisitorSettingName, number>>;
}

export interface UsageCounts {
  version: 1;
  /** Local calendar day (YYYY-MM-DD) → its totals. */
  days: Record<string, DayCounts>;
}

/** Days kept: two years of calendar days up to the day counted, so the file stays small on a kiosk that runs for years. */
export const DAYS_KEPT = 731;

/** The first day still kept when `day` is counted: DAYS_KEPT calendar days, `day` included. */
export function firstDayKept(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return dayOf(new Date(year, month - 1, date - (DAYS_KEPT - 1)));
}
/** Distinct items counted per day: more than the programme has, far fewer than a misbehaving page could send. */
const MAX_ITEMS_PER_DAY = 200;
const ITEM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const emptyUsageCounts = (): UsageCounts => ({ version: 1, days: {} });
const emptyDay = (): DayCounts => ({ visits: 0, workshops: 0, languages: {}, itemsOpened: {}, itemsHeard: {}, settings: {} });

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
const isSetting = (value: unknown): value is VisitorSettingName => typeof value === 'string' && (VISITOR_SETTINGS as readonly string[]).includes(value);
const isItemId = (value: unknown): value is string => typeof value === 'string' && ITEM_ID.test(value);

/** The ids a visitor can open as an item: the programme's acts and initiatives. */
export function programmeItemIds(programme: { acts: readonly { id: string }[]; initiatives: readonly { id: string }[] }): ReadonlySet<string> {
  return new Set([...programme.acts, ...programme.initiatives].map((item) => item.id));
}

/**
 * Validates an event coming from the page; null when anything is off (unknown kind, extra or bad field). Given
 * `itemIds`, an item event must name one of them.
 */
export function parseUsageEvent(value: unknown, itemIds?: ReadonlySet<string>): UsageEvent | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  switch (record.kind) {
    case 'visit':
    case 'workshop':
      return keys === 'kind' ? { kind: record.kind } : null;
    case 'language':
      return keys === 'kind,language' && isLanguage(record.language) ? { kind: 'language', language: record.language } : null;
    case 'itemOpened':
    case 'itemHeard':
      if (keys !== 'itemId,kind' || !isItemId(record.itemId) || (itemIds && !itemIds.has(record.itemId))) return null;
      return { kind: record.kind, itemId: record.itemId };
    case 'setting':
      return keys === 'kind,setting' && isSetting(record.setting) ? { kind: 'setting', setting: record.setting } : null;
    default:
      return null;
  }
}

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function increment<K extends string>(counts: Partial<Record<K, number>>, key: K, limit = Infinity): void {
  // Own properties only: an item id such as "constructor" is also inherited from Object.prototype.
  const known = Object.hasOwn(counts, key);
  if (!known && Object.keys(counts).length >= limit) return;
  counts[key] = (known ? (counts[key] ?? 0) : 0) + 1;
}

/** Adds one event to the totals of its day (in place), and forgets the days more than two years before it. */
export function countEvent(counts: UsageCounts, event: UsageEvent, day: string): void {
  const totals = (counts.days[day] ??= emptyDay());
  switch (event.kind) {
    case 'visit':
      totals.visits++;
      break;
    case 'workshop':
      totals.workshops++;
      break;
    case 'language':
      increment(totals.languages, event.language);
      break;
    case 'itemOpened':
      increment(totals.itemsOpened, event.itemId, MAX_ITEMS_PER_DAY);
      break;
    case 'itemHeard':
      increment(totals.itemsHeard, event.itemId, MAX_ITEMS_PER_DAY);
      break;
    case 'setting':
      increment(totals.settings, event.setting);
      break;
  }
  const first = firstDayKept(day);
  for (const old of Object.keys(counts.days)) if (old < first) delete counts.days[old];
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function countsOf<K extends string>(value: unknown, isKey: (key: string) => key is K): Partial<Record<K, number>> {
  const result: Partial<Record<K, number>> = {};
  if (typeof value !== 'object' || value === null) return result;
  for (const [key, count] of Object.entries(value)) if (isKey(key) && isCount(count)) result[key] = count;
  return result;
}

/**
 * Reads stored counts. Whatever is not a well-formed count is dropped and reported; the rest is kept, so one
 * damaged day never loses the others. `unusable` when nothing at all could be read (not a counts file).
 */
export function parseUsageCounts(value: unknown): { counts: UsageCounts; problems: string[]; unusable?: true } {
  const counts = emptyUsageCounts();
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) {
    return { counts, problems: ['not a usage counts file (version 1); starting from zero'], unusable: true };
  }
  const days = (value as { days?: unknown }).days;
  if (typeof days !== 'object' || days === null) return { counts, problems: ['no days; starting from zero'], unusable: true };
  for (const [day, raw] of Object.entries(days)) {
    if (!DAY.test(day) || typeof raw !== 'object' || raw === null) {
      problems.push(`day "${day}" dropped: not a day of counts`);
      continue;
    }
    const record = raw as Record<string, unknown>;
    counts.days[day] = {
      visits: isCount(record.visits) ? record.visits : 0,
      workshops: isCount(record.workshops) ? record.workshops : 0,
      languages: countsOf(record.languages, isLanguage),
      itemsOpened: countsOf(record.itemsOpened, isItemId) as Record<string, number>,
      itemsHeard: countsOf(record.itemsHeard, isItemId) as Record<string, number>,
      settings: countsOf(record.settings, isSetting),
    };
  }
  return { counts, problems };
}
