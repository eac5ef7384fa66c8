/**
 * `npm run review-sheets`: writes review/<lang>.html, one printable sheet per language, from the current
 * content and the verdicts already recorded in reviews/<lang>.csv. French gets the reading panel's sheet
 * (easy-to-read lines); every other language a translation sheet (French beside it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContent, formatProblem } from '../domain/content/build-content';
import { EASY_TO_READ_FIELDS, reviewLines, type ReviewGroup } from '../domain/content/review-lines';
import { lineId } from '../domain/content/review-verdicts';
import { LANGUAGES, type Language } from '../domain/languages';
import { PROJECT_ROOT, readContentSources } from './content-sources';
import { fingerprintReviewLine } from './line-fingerprint';
import { readPronunciations } from './pronunciation-sources';
import { speakLine } from '../domain/narration/pronunciation';
import { fieldLabel, GROUP_LABELS, inlinePictogram, renderReviewSheet, type SheetLine, type SheetSection } from './review-sheet-html';
import { contentReview, readVerdicts } from './review-verdict-files';

export const REVIEW_DIR = path.join(PROJECT_ROOT, 'review');

const readJson = (relative: string) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, relative), 'utf8')) as Record<string, unknown>;

function pictogramSvg(name: string | null, alt: Record<string, string>): string | null {
  if (!name) return null;
  return inlinePictogram(readFileSync(path.join(PROJECT_ROOT, 'assets/pictograms', `${name}.svg`), 'utf8'), alt[name] ?? name);
}

function sections(groups: readonly ReviewGroup[], language: Language, verdictsRoot: string): SheetSection[] {
  const readingPanel = language === 'fr';
  const recorded = new Map<string, { fingerprint: string; verdict: 'ok' | 'to fix'; comment: string }>();
  for (const row of readVerdicts(language, verdictsRoot).rows) if (row.verdict) recorded.set(lineId(row.key, row.line), { fingerprint: row.fingerprint, verdict: row.verdict, comment: row.comment });
  const alt = readJson('locales/fr/pictograms.json') as Record<string, string>;
  const lexicon = readPronunciations().lexicons[language];

  const sheetSections: SheetSection[] = [];
  const references: SheetSection = { heading: 'Références (titres des ouvrages et des sites)', pictogramSvg: null, fields: [] };
  for (const group of groups) {
    const fields = group.fields.filter((field) => !readingPanel || EASY_TO_READ_FIELDS.has(field.name));
    const sheetFields = fields.map((field) => ({
      label: group.kind === 'reference' ? group.id : fieldLabel(field),
      lines: reviewLines([{ ...group, fields: [field] }], language).map(({ line, text, spoken }, index): SheetLine => {
        const fingerprint = fingerprintReviewLine({ text, spoken });
        const verdict = recorded.get(lineId(field.key, index + 1));
        return {
          key: field.key,
          line,
          fingerprint,
          text,
          // What the voice says, with the names the lexicon spells out, so the reviewer hears the whole line.
          spoken: spoken === undefined ? undefined : speakLine(spoken, lexicon).text,
          french: readingPanel ? undefined : field.lines.fr[index],
          recorded: verdict?.fingerprint === fingerprint ? { verdict: verdict.verdict, comment: verdict.comment } : undefined,
        };
      }),
    }));
    if (sheetFields.length === 0) continue;
    if (group.kind === 'reference') {
      references.fields.push(...sheetFields);
      continue;
    }
    const title = readingPanel || group.title.fr === group.title[language] ? group.title.fr : `${group.title.fr} / ${group.title[language]}`;
    sheetSections.push({ heading: `${GROUP_LABELS[group.kind]} : ${title}`, pictogramSvg: pictogramSvg(group.pictogram, alt), fields: sheetFields });
  }
  if (references.fields.length > 0) sheetSections.push(references);
  return sheetSections;
}

/** Writes one sheet per language into `outDir`, with the verdicts of `<verdictsRoot>/reviews/`; gives the file of each language. */
export function writeReviewSheets(outDir = REVIEW_DIR, madeOn = new Date().toISOString().slice(0, 10), verdictsRoot = PROJECT_ROOT): Record<Language, string> {
  const { content, problems } = buildContent(readContentSources());
  for (const problem of problems) console.warn(`left out of the sheets: ${formatProblem(problem)}`);
  const groups = contentReview(content);
  mkdirSync(outDir, { recursive: true });
  const files = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const languageName = (readJson(`locales/${language}/ui.json`).language as { name: string }).name;
    const html = renderReviewSheet({ language, languageName, readingPanel: language === 'fr', sections: sections(groups, language, verdictsRoot), madeOn });
    files[language] = path.join(outDir, `${language}.html`);
    writeFileSync(files[language], html);
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = writeReviewSheets();
  for (const [language, file] of Object.entries(files)) console.log(`${language}: ${path.relative(PROJECT_ROOT, file)}`);
}
