// The phone poster of each language (/poster.png, /zh/poster.png), made at build time: the flyer's
// essentials and a QR code that opens this language's home page at SITE_URL.
import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n';
import { absoluteUrl, langPaths } from '../../lib/paths';
import { renderPoster } from '../../share/cards';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props, site }) =>
  new Response(new Uint8Array(await renderPoster(props.lang, absoluteUrl('/', props.lang, site))), {
    headers: { 'Content-Type': 'image/png' },
  });
