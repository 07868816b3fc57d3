// The link preview picture of each language (/og.png, /zh/og.png; og:image in src/layouts/Base.astro),
// 1200 x 630, made at build time.
import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n';
import { langPaths } from '../../lib/paths';
import { renderPreview } from '../../share/cards';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.lang)), { headers: { 'Content-Type': 'image/png' } });
