import { describe, expect, it } from 'vitest';
import { inlineBlocks, inlineScriptTag, stylesheetForThePage, takeAppLoadingOut } from '../../scripts/page-head';

// The head as Vite and the build's plugins write it (Vite 8's own tag format).
const BUILT = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>k</title>
    <script type="module" crossorigin src="./assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/runtime-B2.js">
    <link rel="modulepreload" crossorigin href="./assets/venue-C3.js">
    <link rel="stylesheet" crossorigin href="./assets/index-D4.css">
    <link rel="preload" as="fetch" crossorigin="anonymous" href="./audio/fr-E5.json">
    <link rel="preload" as="fetch" crossorigin="anonymous" href="./content/fr-F6.json">
    <link rel="icon" href="data:," />
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('the app’s loading, taken out of the page', () => {
  const { html, app, stylesheets } = takeAppLoadingOut(BUILT);

  it('gives the shell the app’s script, its module preloads and its fetch preloads, in the page’s order', () => {
    expect(app).toEqual({
      script: './assets/index-A1.js',
      modulePreloads: ['./assets/runtime-B2.js', './assets/venue-C3.js'],
      fetchPreloads: ['./audio/fr-E5.json', './content/fr-F6.json'],
    });
    expect(stylesheets).toEqual(['./assets/index-D4.css']);
  });

  it('leaves nothing in the page that loads them, and everything else as it was', () => {
    expect(html).not.toMatch(/index-A1|runtime-B2|venue-C3|index-D4|fr-E5|fr-F6/);
    expect(html).toContain('<link rel="icon" href="data:," />');
    expect(html).toContain('<title>k</title>');
    expect(html).toContain('<div id="root"></div>');
  });

  it('refuses a page without the app’s script, or with two', () => {
    expect(() => takeAppLoadingOut(BUILT.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(/no module script/);
    expect(() => takeAppLoadingOut(BUILT.replace('</head>', '<script type="module" src="./other.js"></script></head>'))).toThrow(/two module scripts/);
  });
});

describe('a style sheet written into the page', () => {
  it('points its fonts at the style sheet’s folder, leaving data: and fragments alone', () => {
    const css = '@font-face{src:url(./a-1.woff2)format("woff2"),url("./a-1.woff")}.x{background:url(data:image/png;base64,AA)}.y{filter:url(#f)}';
    expect(stylesheetForThePage(css, './assets/index-D4.css')).toBe(
      '@font-face{src:url(./assets/a-1.woff2)format("woff2"),url("./assets/a-1.woff")}.x{background:url(data:image/png;base64,AA)}.y{filter:url(#f)}',
    );
  });

  it('refuses an address it cannot move, and text that would end the style element', () => {
    expect(() => stylesheetForThePage('.x{background:url(/abs.png)}', './assets/i.css')).toThrow(/not relative/);
    expect(() => stylesheetForThePage('.x{content:"</style>"}', './assets/i.css')).toThrow(/<\/style/);
  });
});

describe('the page’s inline code', () => {
  it('is every script without a src and every style block, as written', () => {
    const page = `<head><style>a{b:c}</style><script src="./x.js"></script></head><body><script>one()</script>\n<script>two()\n</script></body>`;
    expect(inlineBlocks(page)).toEqual({ scripts: ['one()', 'two()\n'], styles: ['a{b:c}'] });
  });

  it('never lets code end its script element early', () => {
    expect(inlineScriptTag('go()')).toBe('<script>go()</script>');
    expect(() => inlineScriptTag('document.write("</script>")')).toThrow(/<\/script/);
  });
});
