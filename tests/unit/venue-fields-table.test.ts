import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VENUE_FIELDS } from '../../contract/venue-config';
import { VENUE_DOC, venueFieldsTable, withCurrentTable } from '../../scripts/venue-fields-table';

describe('the table of venue settings in docs/venue-configuration.md', () => {
  it('is the one the schema gives (npm run docs:venue-fields writes it)', () => {
    const document = readFileSync(VENUE_DOC, 'utf8');
    expect(withCurrentTable(document)).toBe(document);
  });

  it('says each number setting\'s range as the schema checks it', () => {
    const table = venueFieldsTable();
    for (const [field, definition] of Object.entries(VENUE_FIELDS)) {
      if (!('rule' in definition)) continue;
      expect(table).toContain(`| \`${field}\` | ${definition.meaning} | ${definition.rule.min}–${definition.rule.max} |`);
      expect(definition.schema.safeParse(definition.rule.max).success).toBe(true);
      expect(definition.schema.safeParse(definition.rule.max + 0.01).success).toBe(false);
    }
  });
});
