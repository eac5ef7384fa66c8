/**
 * The README and the pages of docs/ stay true to the repository: every npm command they name is a script of
 * package.json, and every relative link they make reaches a file (and, for a link to a heading of a Markdown
 * page, that heading).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

/** README.md and every Markdown page under docs/, as paths from the project root. */
function documentationFiles(): string[] {
  const pages = (readdirSync('docs', { recursive: true }) as string[])
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join('docs', file));
  return ['README.md', ...pages.sort()];
}

const files = documentationFiles();
const read = (file: string) => readFileSync(file, 'utf8');

/** The scripts a text runs: `npm run <script>`, `npm start`, `npm test` (a line break may fall inside). */
function npmScriptsNamed(text: string): string[] {
  const named = [...text.matchAll(/\bnpm\s+run\s+([\w:.-]*[\w-])/g)].map((match) => match[1]!);
  const lifecycle = [...text.matchAll(/\bnpm\s+(start|test)(?![\w:-])/g)].map((match) => match[1]!);
  return [...named, ...lifecycle];
}

/** Text outside fenced code blocks and inline code, where a link can be. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The targets of a page's Markdown links and images (inline and reference definitions). */
function linkTargets(text: string): string[] {
  const body = prose(text);
  const inline = [...body.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
  const definitions = [...body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$/gm)].map((match) => match[1]!);
  return [...inline, ...definitions];
}

/** Relative targets only: not a web address, a mail address or another scheme, not a heading of the same page. */
function isRelative(target: string): boolean {
  return !/^[a-z][a-z\d+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

/** GitHub's anchors for the headings of a Markdown page. */
function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

describe('the commands the documentation names', () => {
  it('finds the commands of a text, across a line break too', () => {
    expect(npmScriptsNamed('run `npm run voice -- --check`, then `npm run\na11y:matrix`; `npm test`, `npm start`.')).toEqual([
      'voice',
      'a11y:matrix',
      'test',
      'start',
    ]);
    expect(npmScriptsNamed('`npm install`, `npm ci`, `npx vitest run`, npm tests')).toEqual([]);
  });

  it.each(files)('%s names only scripts of package.json', (file) => {
    const unknown = npmScriptsNamed(read(file)).filter((script) => !scripts.includes(script));
    expect(unknown, `not a script of package.json: ${unknown.join(', ')}`).toEqual([]);
  });

  it('the README keeps `npm test` as the test command, as in package.json and .ci/run', () => {
    expect(read('README.md')).toMatch(/^\| Run every test \| `npm test` \|$/m);
    expect(read('.ci/run')).toMatch(/^npm test$/m);
    expect(scripts).toContain('test');
  });
});

describe('the links of the documentation', () => {
  it('finds relative links, not those in code', () => {
    const text = '[a](docs/a.md) ![b](b.png "title") [c](https://example.org) [d](#here)\n`[e](e.md)`\n[f]: ../f.md\n';
    expect(linkTargets(text).filter(isRelative)).toEqual(['docs/a.md', 'b.png', '../f.md']);
    expect([...headingAnchors('# Narration: voices, lexicons\n## A recorded voice\n## A recorded voice\n')]).toEqual([
      'narration-voices-lexicons',
      'a-recorded-voice',
      'a-recorded-voice-1',
    ]);
  });

  it.each(files)('every relative link of %s reaches a file, and a heading when it names one', (file) => {
    const broken: string[] = [];
    for (const target of linkTargets(read(file)).filter(isRelative)) {
      const [filePart, anchor] = target.split('#', 2) as [string, string | undefined];
      const resolved = path.join(path.dirname(file), decodeURIComponent(filePart.split('?')[0]!));
      if (!existsSync(resolved)) broken.push(`${target} (no file ${resolved})`);
      else if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md') && !headingAnchors(read(resolved)).has(anchor)) {
        broken.push(`${target} (no heading #${anchor} in ${resolved})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
