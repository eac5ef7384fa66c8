/**
 * `npm run docs:venue-fields`: writes the table of venue settings in docs/venue-configuration.md from their
 * schema (contract/venue-config.ts), so the documentation says what the kiosk checks. A test fails when the
 * table is not current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NEW_PIN_FIELD, PIN_FIELD, VENUE_FIELDS } from '../contract/venue-config';
import { PROJECT_ROOT } from './content-sources';

export const VENUE_DOC = path.join(PROJECT_ROOT, 'docs', 'venue-configuration.md');
const START = '<!-- venue-fields:start -->';
const END = '<!-- venue-fields:end -->';

const PIN_ROWS = [
  [PIN_FIELD, "the facilitator PIN's salted scrypt hash, written by the kiosk itself or `npm run set-pin` (none: facilitator mode off)"],
  [NEW_PIN_FIELD, 'a new PIN in clear, `"246813"`, written by the installer (deploy/README.md): at its next start the kiosk replaces it with `facilitatorPin` and removes it from the file'],
];

export function venueFieldsTable(): string {
  const rows = [
    ...Object.entries(VENUE_FIELDS).map(([field, { meaning, allowed }]) => `| \`${field}\` | ${meaning} | ${allowed} |`),
    ...PIN_ROWS.map(([field, meaning]) => `| \`${field}\` | ${meaning} | — |`),
  ];
  return ['| field | meaning | allowed |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The document with its table replaced by the current one. */
export function withCurrentTable(document: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${VENUE_DOC}: the table must sit between ${START} and ${END}`);
  return `${document.slice(0, start + START.length)}\n${venueFieldsTable()}\n${document.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(VENUE_DOC, withCurrentTable(readFileSync(VENUE_DOC, 'utf8')));
  console.log(`${path.relative(PROJECT_ROOT, VENUE_DOC)}: table of venue settings written`);
}
