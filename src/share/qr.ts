/**
 * QR codes made at build time with uqr (a port of Nayuki's QR Code generator: no dependencies, typed).
 * One SVG path of dark modules (a rectangle per run), with the 4-module quiet zone the QR standard asks for, so that a phone
 * reads the code from paper or a screen. Error correction M (15%): a smudge or a fold still reads.
 */
import { encode } from 'uqr';

/** Width of the light margin around the code, in modules (ISO/IEC 18004: at least 4). */
const QUIET_ZONE = 4;

/** The code as rows of modules, quiet zone included: true is dark. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: QUIET_ZONE }).data;
}

/** An SVG of the code, `size` user units wide; one <path> of unit squares, drawn crisp at any scale. */
export function qrSvg(text: string, { title, size }: { title?: string; size?: number } = {}): string {
  const modules = qrModules(text);
  const n = modules.length;
  let d = '';
  // Each run of dark modules in a row is one rectangle: a shorter path than one square a module.
  modules.forEach((row, y) => {
    for (let x = 0; x < n; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  const wh = size ? ` width="${size}" height="${size}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}"${wh} shape-rendering="crispEdges"` +
    // A label, not a <title> element: a page has one <title>, its own.
    `${title ? ` role="img" aria-label="${escapeXml(title)}"` : ' aria-hidden="true"'}>` +
    `<rect width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
