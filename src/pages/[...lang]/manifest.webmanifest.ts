// Each language's web app manifest (/manifest.webmanifest, /zh/manifest.webmanifest; linked from every
// page of that language in src/layouts/Base.astro): installed, the site opens at its language's home
// page and stays within that language's pages, which its service worker keeps for offline reading.
import type { APIRoute } from 'astro';
import { trial } from '../../data/trial';
import { ui, type Lang } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import { asset, langPaths, url } from '../../lib/paths';
import { ICON_SIZES } from '../../share/size';

export const getStaticPaths = langPaths;

/** The house colours (src/styles/base.css, light scheme): the accent and the page. */
const THEME = '#005eb8';
const BACKGROUND = '#ffffff';

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang } }) => {
  const home = url('/', lang);
  const manifest = {
    id: home,
    name: ui(lang).siteName,
    short_name: trial.id,
    lang: LANGUAGES[lang].lang,
    dir: 'ltr',
    start_url: home,
    scope: home,
    display: 'standalone',
    theme_color: THEME,
    background_color: BACKGROUND,
    icons: [
      { src: asset('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ...ICON_SIZES.map((size) => ({ src: asset(`/icon-${size}.png`), sizes: `${size}x${size}`, type: 'image/png' })),
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
