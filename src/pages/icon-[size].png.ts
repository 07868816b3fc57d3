// The app icon as PNG (/icon-192.png, /icon-512.png), for the web app manifests of every language
// (src/pages/[...lang]/manifest.webmanifest.ts): the site's SVG mark, public/favicon.svg, rasterised
// by resvg at build time.
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import mark from '../../public/favicon.svg?raw';
import { ICON_SIZES } from '../share/size';

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) }, props: { size } }));

export const GET: APIRoute<{ size: number }> = ({ props }) => {
  const png = new Resvg(mark, { fitTo: { mode: 'width', value: props.size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
