/**
 * The French full texts are the programme page itself: every paragraph kept word for word or its cut marked
 * with […], every deliberate cut listed in docs/content-cuts.md, every correction of the page declared with the
 * page's own spelling, and every presenter given the role the page gives them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, type ResolvedItem } from '../../domain/content/build-content';
import { ProgrammeStructureSchema, TRACKING_PARAMETER, type Correction } from '../../domain/content/content-schema';
import { LANGUAGES } from '../../domain/languages';
import { PROJECT_ROOT, readContentSources } from '../../scripts/content-sources';
import { CUT_MARK, PAGE_LINES, PAGE_SENTENCES, PAGE_TEXT, asPrinted, findInPage, words, type Span } from './programme-page';

const sources = readContentSources();
const { content } = buildContent(sources);
const structure = ProgrammeStructureSchema.parse(sources.structure);
const items: ResolvedItem[] = content.acts.flatMap((act) => [act, ...act.initiatives]);
const correctionsOf = new Map<string, Correction[]>([...structure.acts, ...structure.initiatives].map((item) => [item.id, item.corrections ?? []]));
const references = new Map(structure.references.map((reference) => [reference.id, reference]));
const cutsNote = readFileSync(path.join(PROJECT_ROOT, 'docs/content-cuts.md'), 'utf8');

/** A heading of the page: a short line that ends no sentence. The kiosk shows it as an item's title. */
const isHeading = (line: string) => words(line).length <= 8 && !/[.!?…:;,]\s*$/.test(line);

interface Fragment {
  item: string;
  paragraph: number;
  text: string;
  span: Span | null;
  afterCut: boolean;
}

function fragmentsOf(item: ResolvedItem): Fragment[] {
  const fragments: Fragment[] = [];
  let from = 0;
  item.text.fr.full.forEach((paragraph, index) => {
    paragraph.split(CUT_MARK).forEach((part, partIndex) => {
      if (part.trim() === '') return;
      const span = findInPage(asPrinted(part, correctionsOf.get(item.id)), from);
      if (span) from = span.end;
      fragments.push({ item: item.id, paragraph: index, text: part.trim(), span, afterCut: partIndex > 0 });
    });
  });
  return fragments;
}

const fragments = items.flatMap(fragmentsOf);
const covered = new Set<number>();
for (const { span } of fragments) if (span) for (let i = span.start; i < span.end; i++) covered.add(i);
const labelFr = (id: string) => items.flatMap((item) => item.references).find((r) => r.id === id)?.label.fr ?? '';
/** Words of the page's reference lines (addresses, book references, "Quelques références"): shown as references, not as text. */
const referenceWords = new Set<number>();
{
  const labels = structure.references.map((reference) => words(asPrinted(labelFr(reference.id), reference.corrections)).join(' ')).filter(Boolean);
  for (const line of PAGE_LINES) {
    const lineWords = words(line.text).join(' ');
    const isReference = /https?:\/\//.test(line.text) || line.text.startsWith('Quelques références') || labels.some((label) => lineWords.includes(label) || label.includes(lineWords));
    if (isReference) for (let i = line.span.start; i < line.span.end; i++) referenceWords.add(i);
  }
}
const uncoveredWords = (line: (typeof PAGE_LINES)[number]) =>
  Array.from({ length: line.span.end - line.span.start }, (_, k) => line.span.start + k).filter((index) => !covered.has(index) && !referenceWords.has(index));
const headingWords = new Set<number>();
for (const line of PAGE_LINES) if (isHeading(line.text)) for (let i = line.span.start; i < line.span.end; i++) headingWords.add(i);

describe('the French full texts against the programme page', () => {
  it('quote the page word for word, once the declared corrections are put back', () => {
    const notOnPage = fragments.filter((fragment) => fragment.span === null).map((fragment) => `${fragment.item}[${fragment.paragraph}]: ${fragment.text.slice(0, 80)}`);
    expect(notOnPage).toEqual([]);
  });

  it('mark every cut with […]: what follows without a mark is what follows on the page (headings aside)', () => {
    const unmarked: string[] = [];
    for (const item of items) {
      const own = fragments.filter((fragment) => fragment.item === item.id);
      for (let i = 1; i < own.length; i++) {
        const [previous, fragment] = [own[i - 1]!, own[i]!];
        const [before, after] = [previous.span!, fragment.span!];
        if (fragment.afterCut || fragment.text.startsWith(CUT_MARK)) continue;
        const skipped = Array.from({ length: Math.max(0, after.start - before.end) }, (_, k) => before.end + k).filter((index) => !headingWords.has(index));
        if (after.start < before.end || skipped.length > 0) unmarked.push(`${item.id}[${fragment.paragraph}]: "${fragment.text.slice(0, 60)}"`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('leave out only headings, references and page furniture, each listed in docs/content-cuts.md', () => {
    const notedLines = new Set(cutsNote.split('\n').flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => words(match[1]!).join(' '))));
    const unlisted = PAGE_LINES.filter((line) => uncoveredWords(line).length > 0 && !notedLines.has(words(line.text).join(' '))).map((line) => line.text);
    expect(unlisted, 'page lines neither shown nor listed in docs/content-cuts.md').toEqual([]);
  });

  it('show each heading of the page where docs/content-cuts.md says: in the item’s title, or its paragraph in the item’s full text', () => {
    const rows = [...cutsNote.matchAll(/^\| `([^`]+)` \| `([a-z0-9-]+)` \| (titre|texte) \|/gm)].map((match) => ({ heading: match[1]!, id: match[2]!, shown: match[3]! }));
    const leftOutHeadings = PAGE_LINES.filter((line) => isHeading(line.text) && uncoveredWords(line).length === line.span.end - line.span.start).map((line) => words(line.text).join(' '));
    const rowHeadings = rows.map((row) => words(row.heading).join(' '));
    const furniture = ['aller au contenu', 'enregistrerenregistrer', 'rencontres kelvoa marseille 2016', 'télécharger la version pdf'];
    expect([...new Set(leftOutHeadings.filter((heading) => !rowHeadings.includes(heading)))].sort(), 'headings left out of the full texts but missing from the table').toEqual(furniture);
    for (const { heading, id, shown } of rows) {
      const item = items.find((candidate) => candidate.id === id);
      expect(item, id).toBeDefined();
      const text = item!.text.fr;
      const at = PAGE_LINES.findIndex((line) => words(line.text).join(' ') === words(heading).join(' '));
      expect(at, `${heading} is a line of the page`).toBeGreaterThanOrEqual(0);
      if (shown === 'titre') {
        expect(words(text.title).join(' '), `${heading}: the title of ${id}`).toContain(words(heading).join(' '));
      } else {
        const next = PAGE_LINES.slice(at + 1).find((line) => words(line.text).length > 0)!;
        const opening = words(asPrinted(next.text)).slice(0, 8).join(' ');
        expect(words(asPrinted(text.full.join(' '), correctionsOf.get(id))).join(' '), `${heading}: what follows it on the page is in the full text of ${id}`).toContain(opening);
        expect(words(text.title).join(' '), `${heading}: not the title of ${id}`).not.toContain(words(heading).join(' '));
      }
    }
  });

  it('keep every paragraph: only short lines (headings, furniture) are left out whole', () => {
    const dropped = PAGE_LINES.filter((line) => words(line.text).length > 8 && uncoveredWords(line).length === line.span.end - line.span.start);
    expect(dropped.map((line) => line.text)).toEqual([]);
  });

  it('declare each correction with the page’s spelling: on the page, gone from the French text, the correct form shown', () => {
    for (const item of items) {
      const text = [...item.text.fr.full, item.text.fr.presenter.role === 'not-given' ? '' : item.text.fr.presenter.name].join('\n');
      for (const { page, shown } of correctionsOf.get(item.id) ?? []) {
        expect(PAGE_TEXT.replace(/\s+/g, ' '), `${item.id}: "${page}" is on the page`).toContain(page);
        expect(text, `${item.id}: shows "${shown}"`).toContain(shown);
        expect(text, `${item.id}: no longer shows "${page}"`).not.toContain(page);
      }
    }
  });

  it('carry no misspelling of the page into any language', () => {
    for (const item of items) {
      for (const language of LANGUAGES) {
        const text = item.text[language];
        const all = [text.title, ...text.easy, ...text.full, text.question, text.presenter.role === 'not-given' ? '' : text.presenter.name].join('\n');
        for (const { page } of correctionsOf.get(item.id) ?? []) expect(all, `${language} ${item.id}`).not.toContain(page);
      }
    }
  });

  it('correct the names and titles the page misprints, and keep the page’s spelling as a note', () => {
    const expected: Record<string, string[]> = {
      'travail-transforme': ['Dominique Méda', 'Patricia Vendramin'],
      'plateforme-neet': ['1,9 million'],
      anlci: ['mobilisons-nous'],
    };
    for (const [id, shown] of Object.entries(expected)) expect((correctionsOf.get(id) ?? []).map((c) => c.shown)).toEqual(expect.arrayContaining(shown));
    const misprints: Record<string, string[]> = {
      'le-bosse': ['Ardis Aditions'],
      nussbaum: ['Capabiités'],
      ricoeur: ['Parcours de reconnaissance', 'Editions Essai'],
      crawford: ['L’éloge du carburateur'],
      'soulet-agir': ['Presses Universitaires de Laval'],
    };
    for (const [id, printed] of Object.entries(misprints)) {
      const reference = references.get(id)!;
      expect((reference.corrections ?? []).map((c) => c.page)).toEqual(expect.arrayContaining(printed));
      const label = items.flatMap((item) => item.references).find((r) => r.id === id)!.label;
      for (const language of LANGUAGES) for (const wrong of printed) expect(label[language], `${language} ${id}`).not.toContain(wrong);
    }
  });
});

describe('the references against the programme page', () => {

  it('keep every address as the page gives it, but for the declared corrections', () => {
    const flatPage = PAGE_TEXT.replace(/\s+/g, '');
    for (const reference of structure.references) {
      if (reference.url === null) continue;
      expect(flatPage, reference.id).toContain(asPrinted(reference.url, reference.corrections).replace(/\s+/g, ''));
    }
  });

  it('carry no tracking parameter (gclid, utm_…) in any address', () => {
    for (const reference of structure.references) expect(reference.url ?? '', reference.id).not.toMatch(TRACKING_PARAMETER);
    expect(PAGE_TEXT).toMatch(TRACKING_PARAMETER);
  });

  it('quote the references without an address from the page, word for word once corrections are put back', () => {
    for (const reference of structure.references.filter((r) => r.url === null && r.id !== 'fongecif-bourgogne-site')) {
      expect(findInPage(asPrinted(labelFr(reference.id), reference.corrections)), reference.id).not.toBeNull();
      for (const { page, shown } of reference.corrections ?? []) {
        expect(labelFr(reference.id), reference.id).toContain(shown);
        expect(PAGE_TEXT, reference.id).toContain(page);
      }
    }
  });
});

describe('who presents each item', () => {
  /** The page's phrases that say someone speaks at the meeting. */
  const PRESENTING = /nous parlera|nous parle|évoquera|conclura|nous interrogera|Conférence \/ débat avec|Grand témoin/;
  const keyNames = (item: ResolvedItem): string[] => {
    const { presenter } = item.text.fr;
    if (presenter.role === 'not-given') return [];
    return asPrinted(presenter.name, correctionsOf.get(item.id))
      .split(/ ; | et /)
      .map((name) => name.replace(/^(le |la |les |l’|l')/i, '').replace(/\s*[(,].*$/, '').trim());
  };
  const sentencesNaming = (name: string) => PAGE_SENTENCES.filter((sentence) => sentence.toLowerCase().includes(name.toLowerCase()));

  it('names only people and organisations the page names', () => {
    for (const item of items) for (const name of keyNames(item)) expect(sentencesNaming(name).length, `${item.id}: ${name}`).toBeGreaterThan(0);
  });

  it('says "presents", "talk" or "closes" only where the page says they speak, and "cited" or "organisation" where it does not', () => {
    for (const item of items) {
      const { role } = item.text.fr.presenter;
      for (const name of keyNames(item)) {
        const speaks = sentencesNaming(name).some((sentence) => PRESENTING.test(sentence));
        expect(speaks, `${item.id}: ${name} (${role})`).toBe(role === 'presents' || role === 'talk' || role === 'closes');
      }
    }
  });

  it('gives every speaker the page announces to an item, with a speaking role', () => {
    const speakers = items.flatMap((item) => (['presents', 'talk', 'closes'].includes(item.text.fr.presenter.role) ? keyNames(item) : []));
    for (const sentence of PAGE_SENTENCES.filter((s) => PRESENTING.test(s))) {
      expect(speakers.some((name) => sentence.toLowerCase().includes(name.toLowerCase())), sentence).toBe(true);
    }
  });

  it('cites Méda and Vendramin as authors, and names no presenter where the page names none', () => {
    const roleOf = (id: string) => items.find((item) => item.id === id)!.text.fr.presenter.role;
    expect(roleOf('travail-transforme')).toBe('cited');
    for (const id of ['act-2', 'act-3', 'bip-zip-lisbonne', 'cep', 'plateforme-neet', 'working-first-13']) expect(roleOf(id), id).toBe('not-given');
    for (const id of ['wetechcare', 'anlci', 'mfreo-walter', 'ml-art', 'ateliers-discriminations', 'comcep']) expect(roleOf(id), id).toBe('organisation');
  });

  it('keeps the same role in every language', () => {
    for (const item of items) for (const language of LANGUAGES) expect(item.text[language].presenter.role, `${language} ${item.id}`).toBe(item.text.fr.presenter.role);
  });
});
