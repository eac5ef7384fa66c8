/**
 * Reading and rewriting the tags of the built index.html (Vite's output, then the build's own plugins'), for the
 * first screen's critical path: what loads the app leaves the head (the first-screen shell loads it once the
 * screen answers), and the page's style sheet is written into the page.
 */
import type { AppLoading } from '../contract/first-screen-shell';

interface Tag {
  text: string;
  name: string;
  attributes: Map<string, string>;
}

function tagsOf(html: string): Tag[] {
  return [...html.matchAll(/<(script|link)\b([^>]*)>(?:\s*<\/script>)?/g)].map((match) => ({
    text: match[0],
    name: match[1]!,
    attributes: new Map([...match[2]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((attribute) => [attribute[1]!, attribute[2] ?? ''])),
  }));
}

/**
 * Takes the app's loading out of the page: its module script, its module preloads and its fetch preloads (the
 * default texts and the clip indexes), and its style sheets (to be written into the page). The page then loads
 * nothing before its first screen answers but the fonts and pictures that screen shows.
 */
export function takeAppLoadingOut(html: string): { html: string; app: AppLoading; stylesheets: string[] } {
  const app: AppLoading = { script: '', modulePreloads: [], fetchPreloads: [] };
  const stylesheets: string[] = [];
  let rest = html;
  const remove = (tag: Tag) => {
    const start = rest.indexOf(tag.text);
    let end = start + tag.text.length;
    while (/\s/.test(rest[end] ?? '')) end++;
    rest = rest.slice(0, start) + rest.slice(end);
  };
  for (const tag of tagsOf(html)) {
    const { attributes } = tag;
    const href = attributes.get('href') ?? '';
    if (tag.name === 'script' && attributes.get('type') === 'module' && attributes.has('src')) {
      if (app.script !== '') throw new Error(`index.html has two module scripts: ${app.script} and ${attributes.get('src')}`);
      app.script = attributes.get('src')!;
    } else if (tag.name === 'link' && attributes.get('rel') === 'modulepreload') app.modulePreloads.push(href);
    else if (tag.name === 'link' && attributes.get('rel') === 'preload' && attributes.get('as') === 'fetch') app.fetchPreloads.push(href);
    else if (tag.name === 'link' && attributes.get('rel') === 'stylesheet') stylesheets.push(href);
    else continue;
    remove(tag);
  }
  if (app.script === '') throw new Error('index.html has no module script: the shell would have no app to load');
  return { html: rest, app, stylesheets };
}

/**
 * A style sheet's text as it must read inside the page: its relative url()s (fonts, beside it in its folder)
 * made relative to the page. Any other kind of address is refused rather than left broken.
 */
export function stylesheetForThePage(css: string, stylesheetHref: string): string {
  if (/<\/style/i.test(css)) throw new Error(`${stylesheetHref} contains "</style": it cannot be written into the page`);
  const folder = stylesheetHref.slice(0, stylesheetHref.lastIndexOf('/') + 1);
  return css.replace(/url\(\s*(["']?)([^"')]*)\1\s*\)/g, (whole, quote: string, address: string) => {
    if (address.startsWith('data:') || address.startsWith('#')) return whole;
    if (!address.startsWith('./')) throw new Error(`${stylesheetHref}: url(${address}) is not relative to its folder`);
    return `url(${quote}${folder}${address.slice(2)}${quote})`;
  });
}

/** The text of every inline script and style block of the page, as the browser hashes it for the CSP. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) => !/\ssrc=/.test(match[1]!)).map((match) => match[2]!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  return { scripts: scripts.filter((text) => text !== ''), styles };
}

/** An inline classic script's tag; its code must not end the element early. */
export function inlineScriptTag(code: string): string {
  if (/<\/script/i.test(code)) throw new Error('a script written into the page contains "</script"');
  return `<script>${code}</script>`;
}
