/** The usage counts as CSV: one row per day, counter and key, so any spreadsheet can sum and chart them. */
import type { UsageCounts } from './usage-counts';

export const USAGE_CSV_HEADER = ['day', 'counter', 'key', 'count'] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function usageCsv(counts: UsageCounts): string {
  const rows: (string | number)[][] = [[...USAGE_CSV_HEADER]];
  for (const day of Object.keys(counts.days).sort()) {
    const totals = counts.days[day]!;
    rows.push([day, 'visits', '', totals.visits]);
    rows.push([day, 'workshops', '', totals.workshops]);
    const keyed = [
      ['language', totals.languages],
      ['itemOpened', totals.itemsOpened],
      ['itemHeard', totals.itemsHeard],
      ['setting', totals.settings],
    ] as const;
    for (const [counter, values] of keyed) {
      for (const key of Object.keys(values).sort()) rows.push([day, counter, key, (values as Record<string, number>)[key]!]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
