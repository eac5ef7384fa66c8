/**
 * The first screen's critical path. Writes the attract screen into the page as plain markup, the page's style
 * sheet into its head, and after the markup the shell's small script (renderer/boot/first-screen-shell.ts),
 * which makes the screen answer a touch and only then loads the app: the page's head no longer loads it, so
 * nothing competes with the first screen. The markup is the app's AttractScreen, for the build's default venue
 * (its languages, in its order); the app draws its own over it once loaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { FIRST_SCREEN_SHELL } from '../contract/first-screen-shell';
import { DEFAULT_VENUE_CONFIG } from '../contract/venue-defaults';
import { CONTROL_PICTOGRAMS } from '../domain/controls/control-pictograms';
import { compileBootScript } from './boot-script';
import { PROJECT_ROOT, readUiResources } from './content-sources';
import { inlineScriptTag, stylesheetForThePage, takeAppLoadingOut } from './page-head';

const EMPTY_ROOT = '<div id="root"></div>';

interface UiTexts {
  ui: { app: { title: string }; language: { name: string }; attract: { invitation: string } };
  pictograms: Record<string, string>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The attract screen's markup, element for element as renderer/src/screens/AttractScreen.tsx draws it. */
export function firstScreenMarkup(): string {
  const texts = readUiResources() as unknown as Record<string, UiTexts>;
  const { defaultLanguage, languages } = DEFAULT_VENUE_CONFIG;
  const pictogram = CONTROL_PICTOGRAMS.touchHere;
  const picture = `data:image/svg+xml;base64,${readFileSync(path.join(PROJECT_ROOT, 'assets', 'pictograms', `${pictogram}.svg`)).toString('base64')}`;
  const items = languages.map((language) => {
    const { ui } = texts[language]!;
    const name = escapeHtml(ui.language.name);
    const dir = language === 'ar' ? 'rtl' : 'ltr';
    const defaultClass = language === defaultLanguage ? ' class="default-language"' : '';
    return (
      `<li lang="${language}" dir="${dir}"${defaultClass}>` +
      `<button type="button" aria-label="${name}" class="language-button" ${FIRST_SCREEN_SHELL.languageAttribute}="${language}"><span class="button-label">${name}</span></button>` +
      `<p class="attract-invitation">${escapeHtml(ui.attract.invitation)}</p></li>`
    );
  });
  const home = texts[defaultLanguage]!;
  return (
    `<main class="attract" ${FIRST_SCREEN_SHELL.marker}>` +
    `<h1 class="attract-title" tabindex="-1">${escapeHtml(home.ui.app.title)}</h1>` +
    `<img src="${picture}" alt="${escapeHtml(home.pictograms[pictogram] ?? '')}" class="attract-hand" draggable="false" decoding="sync">` +
    `<ul class="language-list">${items.join('')}</ul></main>`
  );
}

export function firstScreenShellPlugin(): Plugin {
  return {
    name: 'kelvoa-first-screen-shell',
    apply: 'build',
    transformIndexHtml: {
      // After Vite and the other plugins have put in the tags that load the app, which the shell takes over.
      order: 'post',
      handler(html, { bundle }) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to draw the first screen into`);
        const { html: page, app, stylesheets } = takeAppLoadingOut(html);
        const styles = stylesheets.map((href) => {
          const fileName = href.replace(/^\.\//, '');
          const asset = bundle?.[fileName] as Rollup.OutputAsset | undefined;
          if (asset?.type !== 'asset') throw new Error(`index.html links ${href}, which the build did not make`);
          // Written into the page, the style sheet's file would be loaded by nothing.
          delete bundle![fileName];
          return `<style>${stylesheetForThePage(String(asset.source), href)}</style>`;
        });
        const shell = inlineScriptTag(compileBootScript('first-screen-shell', { FIRST_SCREEN_APP: JSON.stringify(app) }));
        // Replacer functions: code and styles may hold "$&" or "$'", which a replacement string would expand.
        return page.replace('</head>', () => `${styles.join('')}</head>`).replace(EMPTY_ROOT, () => `<div id="root">${firstScreenMarkup()}</div>${shell}`);
      },
    },
  };
}
