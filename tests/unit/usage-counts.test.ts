import { describe, expect, it } from 'vitest';
import { countEvent, dayOf, DAYS_KEPT, emptyUsageCounts, parseUsageCounts, parseUsageEvent, programmeItemIds, type UsageEvent } from '../../domain/usage/usage-counts';
import { csvField, usageCsv } from '../../domain/usage/usage-csv';

describe('usage events', () => {
  it('accepts exactly the known kinds with their one field', () => {
    const valid: UsageEvent[] = [
      { kind: 'visit' },
      { kind: 'workshop' },
      { kind: 'language', language: 'ar' },
      { kind: 'itemOpened', itemId: 'wetechcare' },
      { kind: 'itemHeard', itemId: 'act-2' },
      { kind: 'setting', setting: 'highContrast' },
    ];
    for (const event of valid) expect(parseUsageEvent(event)).toEqual(event);
  });

  it('refuses anything that could carry more than a count: extra fields, free text, unknown kinds', () => {
    for (const event of [
      { kind: 'visit', visitor: 'Ali' },
      { kind: 'language', language: 'de' },
      { kind: 'itemOpened', itemId: 'Mme Dupont, 12 rue…' },
      { kind: 'itemOpened', itemId: 'x'.repeat(65) },
      { kind: 'setting', setting: 'name' },
      { kind: 'search', text: 'hello' },
      'visit',
      null,
      [{ kind: 'visit' }],
    ]) {
      expect(parseUsageEvent(event), JSON.stringify(event)).toBeNull();
    }
  });
});

describe('usage events of items', () => {
  it('given the programme, accept only the ids of its acts and initiatives', () => {
    const ids = programmeItemIds({ acts: [{ id: 'act-1' }], initiatives: [{ id: 'wetechcare' }] });
    expect([...ids].sort()).toEqual(['act-1', 'wetechcare']);
    expect(parseUsageEvent({ kind: 'itemOpened', itemId: 'wetechcare' }, ids)).toEqual({ kind: 'itemOpened', itemId: 'wetechcare' });
    expect(parseUsageEvent({ kind: 'itemHeard', itemId: 'act-1' }, ids)).toEqual({ kind: 'itemHeard', itemId: 'act-1' });
    for (const itemId of ['constructor', 'act-2']) expect(parseUsageEvent({ kind: 'itemOpened', itemId }, ids)).toBeNull();
    expect(parseUsageEvent({ kind: 'visit' }, ids)).toEqual({ kind: 'visit' });
  });
});

describe('usage counts', () => {
  it('adds up each kind of event per local day', () => {
    const counts = emptyUsageCounts();
    const day = dayOf(new Date(2016, 4, 21, 23, 59));
    expect(day).toBe('2016-05-21');
    for (const event of [
      { kind: 'visit' },
      { kind: 'visit' },
      { kind: 'language', language: 'fr' },
      { kind: 'language', language: 'ar' },
      { kind: 'language', language: 'fr' },
      { kind: 'itemOpened', itemId: 'wetechcare' },
      { kind: 'itemHeard', itemId: 'wetechcare' },
      { kind: 'setting', setting: 'textSize' },
      { kind: 'workshop' },
    ] as UsageEvent[]) {
      countEvent(counts, event, day);
    }
    countEvent(counts, { kind: 'visit' }, '2016-05-22');
    expect(counts.days).toEqual({
      '2016-05-21': { visits: 2, workshops: 1, languages: { fr: 2, ar: 1 }, itemsOpened: { wetechcare: 1 }, itemsHeard: { wetechcare: 1 }, settings: { textSize: 1 } },
      '2016-05-22': { visits: 1, workshops: 0, languages: {}, itemsOpened: {}, itemsHeard: {}, settings: {} },
    });
  });

  it('keeps two calendar years, however few days have counts: a day of 2010 is gone when 2016 is counted', () => {
    const counts = emptyUsageCounts();
    for (const day of ['2010-03-01', '2014-05-21', '2014-05-22', '2015-12-31']) countEvent(counts, { kind: 'visit' }, day);
    countEvent(counts, { kind: 'visit' }, '2016-05-21');
    // 731 days, 2016-05-21 included (2016 is a leap year): from 2014-05-22.
    expect(Object.keys(counts.days).sort()).toEqual(['2014-05-22', '2015-12-31', '2016-05-21']);
  });

  it('keeps about two years of days, forgetting the oldest', () => {
    const counts = emptyUsageCounts();
    const start = new Date(2016, 0, 1);
    for (let i = 0; i < DAYS_KEPT + 10; i++) countEvent(counts, { kind: 'visit' }, dayOf(new Date(start.getFullYear(), 0, 1 + i)));
    const days = Object.keys(counts.days).sort();
    expect(days).toHaveLength(DAYS_KEPT);
    expect(days[0]).toBe('2016-01-11');
  });

  it('bounds the items counted per day', () => {
    const counts = emptyUsageCounts();
    for (let i = 0; i < 500; i++) countEvent(counts, { kind: 'itemOpened', itemId: `item-${i}` }, '2016-05-21');
    expect(Object.keys(counts.days['2016-05-21']!.itemsOpened)).toHaveLength(200);
  });

  it('counts an item whose id is is also an Object property name (constructor, valueof…) as a number', () => {
    const counts = emptyUsageCounts();
    for (const itemId of ['constructor', 'tostring', 'valueof', 'constructor']) {
      countEvent(counts, { kind: 'itemOpened', itemId }, '2016-05-21');
      countEvent(counts, { kind: 'itemHeard', itemId }, '2016-05-21');
    }
    expect(counts.days['2016-05-21']!.itemsOpened).toEqual({ constructor: 2, tostring: 1, valueof: 1 });
    expect(counts.days['2016-05-21']!.itemsHeard).toEqual({ constructor: 2, tostring: 1, valueof: 1 });
    expect(parseUsageCounts(JSON.parse(JSON.stringify(counts))).counts).toEqual(counts);
  });

  it('reads back what it wrote, and keeps the good days of a damaged file', () => {
    const counts = emptyUsageCounts();
    countEvent(counts, { kind: 'language', language: 'es' }, '2016-05-21');
    expect(parseUsageCounts(JSON.parse(JSON.stringify(counts)))).toEqual({ counts, problems: [] });

    const damaged = { version: 1, days: { '2016-05-21': { visits: 3, languages: { fr: -1, es: 2 } }, yesterday: { visits: 1 } } };
    const { counts: read, problems } = parseUsageCounts(damaged);
    expect(read.days).toEqual({ '2016-05-21': { visits: 3, workshops: 0, languages: { es: 2 }, itemsOpened: {}, itemsHeard: {}, settings: {} } });
    expect(problems).toEqual(['day "yesterday" dropped: not a day of counts']);
    expect(parseUsageCounts('garbage').problems).toHaveLength(1);
  });
});

describe('usage CSV', () => {
  it('has one row per day, counter and key', () => {
    const counts = emptyUsageCounts();
    countEvent(counts, { kind: 'visit' }, '2016-05-21');
    countEvent(counts, { kind: 'language', language: 'fr' }, '2016-05-21');
    countEvent(counts, { kind: 'itemHeard', itemId: 'act-1' }, '2016-05-21');
    expect(usageCsv(counts)).toBe(
      ['day,counter,key,count', '2016-05-21,visits,,1', '2016-05-21,workshops,,0', '2016-05-21,language,fr,1', '2016-05-21,itemHeard,act-1,1', ''].join('\r\n'),
    );
  });

  it('quotes separators and never lets a spreadsheet run a cell as a formula', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(12)).toBe('12');
  });
});
