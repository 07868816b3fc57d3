/**
 * The pictures made at build time, per language: the phone poster (750 px wide, portrait, with the QR
 * code) and the link preview (1200 x 630, og:image). Laid out by satori (flexbox to SVG, text drawn as
 * outlines from the npm font, so no system font is involved) and rasterised by resvg (Rust, a prebuilt
 * binary inside its npm package). Words come from the language module (src/i18n/<lang>/share.ts),
 * facts from src/data/trial.ts.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { trial } from '../data/trial';
import { fill, ui, type Lang } from '../i18n';
import { satoriFonts } from './fonts';
import { qrSvg } from './qr';
import { POSTER_WIDTH, PREVIEW_SIZE } from './size';

/** The house colours (src/styles/global.css, light scheme). */
const INK = '#0b0c0c';
const MUTED = '#4b5157';
const ACCENT = '#005eb8';

/** A satori node: the shape React elements have, without React. */
export interface Node {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (Node | string)[] | Node | string;
    [k: string]: unknown;
  };
}

const el = (type: string, style: Node['props']['style'], ...children: (Node | string)[]): Node => ({
  type,
  props: { style: { display: 'flex', flexDirection: 'column', ...style }, children },
});
const plain = (content: string, style: Node['props']['style'] = {}) =>
  el('div', { display: 'block', ...style }, content);

/**
 * The text as the picture draws it. Noto Sans SC draws curly quotes full width, as Chinese typesetting
 * does, which leaves a gap in English words ("hospital’ s"): English pictures use the straight ones.
 */
const drawable = (lang: Lang, content: string) =>
  lang === 'zh' ? content : content.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** The registry record's address as printed: without the scheme, which nobody types. */
export const printedUrl = (href: string) => href.replace(/^https?:\/\//, '');

/** The poster: the flyer's essentials and the QR code that opens `homeUrl` (this language's home page). */
export function posterTree(lang: Lang, homeUrl: string): Node {
  const s = ui(lang).share.essentials;
  const text = (content: string, style: Node['props']['style'] = {}) => plain(drawable(lang, content), style);
  const section = (heading: string, ...lines: (Node | string)[]) =>
    el(
      'div',
      { marginTop: 34 },
      text(heading, { fontSize: 30, fontWeight: 700, color: ACCENT, marginBottom: 8 }),
      ...lines.map((line) =>
        typeof line === 'string' ? text(line, { fontSize: 29, lineHeight: 1.45, marginBottom: 6 }) : line,
      ),
    );
  const qr = `data:image/svg+xml;base64,${Buffer.from(qrSvg(homeUrl)).toString('base64')}`;
  return el(
    'div',
    { width: POSTER_WIDTH, backgroundColor: '#fff', color: INK },
    el(
      'div',
      { backgroundColor: ACCENT, color: '#fff', padding: '44px 48px 40px' },
      text(ui(lang).siteName, { fontSize: 24 }),
      text(trial.id, { fontSize: 24, marginBottom: 14 }),
      text(s.heading, { fontSize: 46, fontWeight: 700, lineHeight: 1.3 }),
    ),
    el(
      'div',
      { padding: '6px 48px 40px' },
      section(s.whoForHeading, fill(s.whoFor, { min: trial.minAge, max: trial.maxAge })),
      section(s.whatHeading, s.what, s.where),
      el(
        'div',
        { marginTop: 36, alignItems: 'center', border: `3px solid ${ACCENT}`, borderRadius: 12, padding: '24px 20px' },
        text(s.scan, { fontSize: 28, lineHeight: 1.4, textAlign: 'center' }),
        { type: 'img', props: { src: qr, width: 340, height: 340, style: { margin: '14px 0' } } },
        text(printedUrl(homeUrl), { fontSize: 28, fontWeight: 700, textAlign: 'center' }),
      ),
      section(
        s.contactHeading,
        s.contact,
        text(printedUrl(trial.registryUrl), { fontSize: 29, fontWeight: 700, lineHeight: 1.45 }),
        text(fill(s.registryId, { id: trial.id }), { fontSize: 29, lineHeight: 1.45, marginTop: 8 }),
      ),
      text(s.independent, {
        fontSize: 23,
        lineHeight: 1.45,
        color: MUTED,
        marginTop: 36,
        paddingTop: 20,
        borderTop: `2px solid ${MUTED}`,
      }),
    ),
  );
}

/** The link preview: the plain title, who and where, the registry number, large enough for a chat bubble. */
export function previewTree(lang: Lang): Node {
  const t = ui(lang);
  const text = (content: string, style: Node['props']['style'] = {}) => plain(drawable(lang, content), style);
  return el(
    'div',
    { width: '100%', height: '100%', backgroundColor: '#fff', color: INK },
    el('div', { height: 24, backgroundColor: ACCENT }),
    el(
      'div',
      { flexGrow: 1, justifyContent: 'space-between', padding: '44px 72px 48px' },
      text(t.siteName, { fontSize: 34, color: ACCENT, fontWeight: 700 }),
      text(t.share.essentials.heading, { fontSize: 60, fontWeight: 700, lineHeight: 1.25 }),
      el(
        'div',
        {},
        text(fill(t.share.preview.tagline, { min: trial.minAge, max: trial.maxAge }), { fontSize: 34, color: MUTED }),
        text(trial.id, { fontSize: 40, fontWeight: 700, marginTop: 8 }),
      ),
    ),
  );
}

/** Every string a tree draws, in order (the glyph test checks each character against the font). */
export function textsOf(node: Node | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(textsOf);
}

/** Lays a tree out with satori and rasterises it with resvg: a PNG at the tree's own width. */
export async function renderPng(tree: Node, width: number, height?: number): Promise<Buffer> {
  const { fonts, fontFamily } = satoriFonts(textsOf(tree).join(''));
  const root = { ...tree, props: { ...tree.props, style: { ...tree.props.style, fontFamily } } };
  const svg = await satori(root as never, height ? { width, height, fonts } : { width, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  return png.asPng();
}

const posters = new Map<string, Promise<Buffer>>();

/** The poster PNG, made once per build and language (the endpoint serves it, the flyer page reads its size). */
export function renderPoster(lang: Lang, homeUrl: string): Promise<Buffer> {
  const key = `${lang} ${homeUrl}`;
  if (!posters.has(key)) posters.set(key, renderPng(posterTree(lang, homeUrl), POSTER_WIDTH));
  return posters.get(key)!;
}

/** A PNG's width and height, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
export const renderPreview = (lang: Lang) => renderPng(previewTree(lang), PREVIEW_SIZE.width, PREVIEW_SIZE.height);
