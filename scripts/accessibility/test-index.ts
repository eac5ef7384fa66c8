/**
 * Every test in tests/, found by reading the files (TypeScript's parser, nothing is run): its file, its
 * describe blocks and its title. A title written as a template (`axe on ${variant}`) or for `it.each`
 * (`in %s`) matches any concrete title it produces. Skipped, fixme and todo tests prove nothing: left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface IndexedTest {
  file: string;
  describe: string[];
  /** The title as written, placeholders included. */
  title: string;
  matches: (title: string) => boolean;
}

const TEST_CALLS = new Set(['test', 'it', 'test.only', 'it.only', 'test.each', 'it.each', 'test.concurrent', 'it.concurrent']);
const DESCRIBE_CALLS = new Set(['describe', 'test.describe', 'describe.only', 'test.describe.only', 'describe.each', 'test.describe.serial', 'test.describe.parallel', 'describe.concurrent']);
const PRINTF_PLACEHOLDER = /%[sdifjo#%]|\$[\w.]+/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `test.each(...)` and `test.each\`...\`` are called once more with the title: name the inner callee. */
function calleeName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) {
    const owner = calleeName(expression.expression);
    return owner === null ? null : `${owner}.${expression.name.text}`;
  }
  if (ts.isCallExpression(expression) || ts.isTaggedTemplateExpression(expression)) {
    const inner = calleeName(ts.isCallExpression(expression) ? expression.expression : expression.tag);
    return inner !== null && inner.endsWith('.each') ? inner : null;
  }
  return null;
}

/** A title's text and the pattern of the titles it produces; null when the title is not written out. */
function readTitle(node: ts.Expression | undefined, each: boolean): { title: string; pattern: RegExp } | null {
  if (!node) return null;
  const literal = (text: string) => (each ? text.split(PRINTF_PLACEHOLDER).map(escapeRegExp).join('.+?') : escapeRegExp(text));
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { title: node.text, pattern: new RegExp(`^${literal(node.text)}$`) };
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    const title = node.head.text + node.templateSpans.map((span) => `\${${span.expression.getText()}}${span.literal.text}`).join('');
    return { title, pattern: new RegExp(`^${parts.map(literal).join('.+?')}$`) };
  }
  return null;
}

export function indexTestFile(file: string, source: string): IndexedTest[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tests: IndexedTest[] = [];
  const visit = (node: ts.Node, describe: string[]) => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const each = name?.endsWith('.each') ?? false;
      if (name && DESCRIBE_CALLS.has(name)) {
        const title = readTitle(node.arguments[0], each);
        for (const argument of node.arguments.slice(1)) visit(argument, [...describe, title?.title ?? '(untitled)']);
        return;
      }
      if (name && TEST_CALLS.has(name)) {
        const title = readTitle(node.arguments[0], each);
        if (title) tests.push({ file, describe, title: title.title, matches: (candidate) => title.pattern.test(candidate) });
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, describe));
  };
  visit(tree, []);
  return tests;
}

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.(test|spec)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every test under `<root>/tests`, files named relative to the root (`tests/e2e/home.spec.ts`). */
export function indexTests(root: string): IndexedTest[] {
  return testFiles(path.join(root, 'tests')).flatMap((file) => indexTestFile(path.relative(root, file).split(path.sep).join('/'), readFileSync(file, 'utf8')));
}
