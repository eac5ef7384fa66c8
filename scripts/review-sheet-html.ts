/**
 * One printable review sheet as a self-contained HTML page: inline style, pictograms inlined as SVG, no
 * request to anything. A translation sheet puts each French line beside its translation; the French sheet is
 * for a reading panel and holds the easy-to-read lines alone. Each line has its key, its number and the
 * fingerprint of its text (what a verdict is tied to), two boxes ("ok", "to fix") and room to write.
 * On screen, a small inline script keeps the two boxes exclusive and exports the verdicts as CSV rows.
 */
import type { ReviewField, ReviewGroup } from '../domain/content/review-lines';
import type { Verdict } from '../domain/content/review-verdicts';
import type { Language } from '../domain/languages';

export interface SheetLine {
  key: string;
  line: number;
  fingerprint: string;
  /** The text under review, in the sheet's language. */
  text: string;
  /** The French line of the same number, beside a translation. */
  french?: string;
  /** What the voice says, where it is reviewed with the line (Arabic, fully vowelled). */
  spoken?: string;
  /** A verdict already recorded for this very text. */
  recorded?: { verdict: Verdict; comment: string };
}

export interface SheetSection {
  heading: string;
  pictogramSvg: string | null;
  /** One entry per field: its label and its lines. */
  fields: { label: string; lines: SheetLine[] }[];
}

export interface ReviewSheet {
  language: Language;
  languageName: string;
  /** A reading panel's sheet (French easy-to-read lines) rather than a translation sheet. */
  readingPanel: boolean;
  sections: SheetSection[];
  madeOn: string;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Titre',
  easy: 'Texte facile à lire',
  full: 'Texte complet',
  presenter: 'Présenté par',
  question: 'Question « Et vous ? »',
  word: 'Mot',
  explanation: 'Explication',
  label: 'Référence',
};

export const fieldLabel = (field: Pick<ReviewField, 'name'>) => FIELD_LABELS[field.name] ?? field.name;

export const GROUP_LABELS: Record<ReviewGroup['kind'], string> = { act: 'Acte', initiative: 'Initiative', lexicon: 'Mot du lexique', reference: 'Référence' };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const direction = (language: Language) => (language === 'ar' ? 'rtl' : 'ltr');

/** The language's own name, marked as that language inside the French sheet. */
const languageNameHtml = (sheet: ReviewSheet) => `<span lang="${sheet.language}" dir="${direction(sheet.language)}">${escapeHtml(sheet.languageName)}</span>`;

/** A pictogram file's SVG, named for assistive technologies, ready to inline. */
export function inlinePictogram(svg: string, alt: string): string {
  return svg.replace(/<\?xml[^>]*\?>\s*/, '').replace(/<svg\b/, `<svg class="pictogram" role="img" aria-label="${escapeHtml(alt)}" focusable="false"`);
}

const STYLE = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 280mm; padding: 8mm; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 8mm 0 2mm; display: flex; align-items: center; gap: 3mm; break-after: avoid; }
.pictogram { width: 12mm; height: 12mm; flex: none; }
.how { border: 1px solid #555; padding: 3mm 4mm; margin-bottom: 4mm; }
.how li { margin: 1mm 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #555; padding: 2mm; vertical-align: top; text-align: start; }
thead th { background: #e8e8e8; font-size: 9.5pt; }
th[scope=row] { font-weight: normal; font-size: 9pt; }
.line-id { display: block; font: 8.5pt/1.3 ui-monospace, monospace; color: #333; overflow-wrap: anywhere; }
.col-line { width: 17%; } .col-box { width: 8%; text-align: center; } .col-comment { width: 20%; }
input[type=checkbox] { width: 6mm; height: 6mm; margin: 0; }
textarea { width: 100%; min-height: 14mm; font: inherit; border: 1px dashed #777; resize: vertical; }
td[dir=rtl] { font-size: 12.5pt; }
td.spoken { font-size: 14pt; line-height: 1.9; }
.actions { margin: 4mm 0; }
button { font: inherit; padding: 2mm 4mm; border: 2px solid #111; background: #fff; border-radius: 2mm; cursor: pointer; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
@media print { .actions { display: none; } body { padding: 0; } textarea { border-style: solid; } }
`;

/** Keeps the two boxes of a line exclusive, and exports what changed on this sheet as verdict rows (CSV). */
const SCRIPT = `
document.addEventListener('change', function (event) {
  var box = event.target;
  if (box.type !== 'checkbox' || !box.checked) return;
  box.closest('tr').querySelectorAll('input[type=checkbox]').forEach(function (other) { if (other !== box) other.checked = false; });
});
document.getElementById('export').addEventListener('click', function () {
  var quote = function (value) { return /[",\\r\\n;]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value; };
  var lines = ['key,line,fingerprint,verdict,comment'];
  document.querySelectorAll('tr[data-key]').forEach(function (row) {
    var ticked = row.querySelector('input[type=checkbox]:checked');
    var verdict = ticked ? ticked.getAttribute('data-verdict') : '';
    var comment = row.querySelector('textarea').value.trim();
    if (verdict === (row.getAttribute('data-recorded') || '') && comment === (row.getAttribute('data-recorded-comment') || '')) return;
    lines.push([row.getAttribute('data-key'), row.getAttribute('data-line'), row.getAttribute('data-fingerprint'), verdict, comment].map(quote).join(','));
  });
  var link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([lines.join('\\n') + '\\n'], { type: 'text/csv' }));
  link.download = document.documentElement.getAttribute('data-verdict-file');
  document.body.appendChild(link);
  link.click();
  link.remove();
  document.getElementById('exported').textContent = (lines.length - 1) + ' verdict(s) exporté(s) dans ' + link.download + '.';
});
`;

/** A sheet whose lines are reviewed with what the voice says gets a column for it. */
const hasSpokenColumn = (sheet: ReviewSheet) => sheet.sections.some((section) => section.fields.some((field) => field.lines.some((line) => line.spoken !== undefined)));

function lineRow(sheet: ReviewSheet, section: SheetSection, label: string, line: SheetLine): string {
  const where = `${section.heading}, ${label.toLowerCase()}, ligne ${line.line}`;
  const recorded = line.recorded;
  const box = (verdict: Verdict, name: string) =>
    `<td class="col-box"><input type="checkbox" data-verdict="${verdict}" aria-label="${escapeHtml(`${name} : ${where}`)}"${recorded?.verdict === verdict ? ' checked' : ''}></td>`;
  const cells = [
    `<th scope="row">${escapeHtml(label)}, ligne ${line.line}<span class="line-id">${escapeHtml(line.key)} · ${line.line} · ${line.fingerprint}</span></th>`,
    ...(sheet.readingPanel ? [] : [`<td lang="fr">${escapeHtml(line.french ?? '')}</td>`]),
    `<td lang="${sheet.language}" dir="${direction(sheet.language)}">${escapeHtml(line.text)}</td>`,
    ...(hasSpokenColumn(sheet) ? [`<td lang="${sheet.language}" dir="${direction(sheet.language)}" class="spoken">${escapeHtml(line.spoken ?? '')}</td>`] : []),
    box('ok', sheet.readingPanel ? 'Compris' : 'Bon'),
    box('to fix', 'À corriger'),
    `<td><textarea rows="2" aria-label="${escapeHtml(`Commentaire : ${where}`)}">${escapeHtml(recorded?.comment ?? '')}</textarea></td>`,
  ];
  const recordedAttributes = recorded ? ` data-recorded="${recorded.verdict}" data-recorded-comment="${escapeHtml(recorded.comment)}"` : '';
  return `<tr data-key="${escapeHtml(line.key)}" data-line="${line.line}" data-fingerprint="${line.fingerprint}"${recordedAttributes}>${cells.join('')}</tr>`;
}

function sectionHtml(sheet: ReviewSheet, section: SheetSection, index: number): string {
  const id = `section-${index + 1}`;
  const spoken = hasSpokenColumn(sheet) ? ['Ce que dit la voix (voyellé)'] : [];
  const headers = ['Ligne', ...(sheet.readingPanel ? ['Texte à lire'] : ['Français', sheet.languageName]), ...spoken, sheet.readingPanel ? 'Compris' : 'Bon', 'À corriger', 'Commentaire'];
  const classes = ['col-line', ...(sheet.readingPanel ? [''] : ['', '']), ...spoken.map(() => ''), 'col-box', 'col-box', 'col-comment'];
  const head = headers.map((name, i) => `<th scope="col"${classes[i] ? ` class="${classes[i]}"` : ''}${!sheet.readingPanel && i === 2 ? ` lang="${sheet.language}" dir="${direction(sheet.language)}"` : ''}>${escapeHtml(name)}</th>`).join('');
  const rows = section.fields.flatMap((field) => field.lines.map((line) => lineRow(sheet, section, field.label, line))).join('\n');
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${section.pictogramSvg ?? ''}<span>${escapeHtml(section.heading)}</span></h2>
<table aria-labelledby="${id}">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function instructions(sheet: ReviewSheet): string {
  const intro = sheet.readingPanel
    ? `<p>Feuille pour un <strong>panel de lecture</strong> : des lecteurs du public de la borne lisent chaque ligne des textes faciles à lire (ou l'écoutent lire), avec une personne qui anime.</p>
<ul><li>La personne comprend la ligne du premier coup : cochez <strong>Compris</strong>.</li>
<li>Elle hésite, se trompe ou demande un mot : cochez <strong>À corriger</strong> et écrivez ce qui a gêné, avec ses mots.</li>
<li>Une ligne non cochée n'a pas encore été lue.</li></ul>`
    : `<p>Feuille pour une <strong>relecture par une personne de langue maternelle ${languageNameHtml(sheet)}</strong> : chaque ligne française est à côté de sa traduction.</p>
<ul><li>La traduction dit la même chose, naturellement : cochez <strong>Bon</strong>.</li>
<li>Un sens faux, un mot qui sonne mal, une faute : cochez <strong>À corriger</strong> et proposez mieux dans le commentaire.</li>
<li>Une ligne non cochée n'a pas encore été relue.</li>${hasSpokenColumn(sheet) ? `
<li>La colonne <strong>Ce que dit la voix</strong> montre la ligne entièrement voyellée, telle que la voix la prononce : une voyelle ou une désinence fausse se coche aussi <strong>À corriger</strong>.</li>` : ''}</ul>`;
  return `<div class="how">
${intro}
<p>Chaque ligne porte sa clé, son numéro et l'empreinte de son texte (<span class="line-id" style="display:inline">clé · ligne · empreinte</span>) : c'est ce qu'il faut recopier dans <code>reviews/${sheet.language}.csv</code>, une ligne par verdict (<code>key,line,fingerprint,verdict,comment</code>, verdict <code>ok</code> ou <code>to fix</code>). À l'écran, le bouton ci-dessous le fait pour vous. Une ligne « à corriger » bloque la vérification du contenu jusqu'à ce que son texte change.</p>
<p>Feuille faite le ${escapeHtml(sheet.madeOn)} · ${sheet.sections.reduce((n, s) => n + s.fields.reduce((m, f) => m + f.lines.length, 0), 0)} lignes.</p>
</div>`;
}

export function renderReviewSheet(sheet: ReviewSheet): string {
  const title = sheet.readingPanel ? 'Panel de lecture : textes faciles à lire en français' : `Relecture de la traduction : ${sheet.languageName}`;
  const heading = sheet.readingPanel ? escapeHtml(title) : `Relecture de la traduction : ${languageNameHtml(sheet)}`;
  return `<!doctype html>
<html lang="fr" data-verdict-file="${sheet.language}.csv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)} · Rencontres Kelvoa Marseille 2016</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${heading}</h1>
${instructions(sheet)}
<div class="actions"><button type="button" id="export">Exporter les verdicts (CSV)</button> <span id="exported" role="status"></span></div>
</header>
<main>
${sheet.sections.map((section, index) => sectionHtml(sheet, section, index)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
