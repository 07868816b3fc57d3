/**
 * The poster's and preview's font, brought through npm so the pictures look the same on any machine
 * (no system fonts): Noto Sans SC from @fontsource/noto-sans-sc, which covers Latin and Chinese. The
 * package splits each weight into ~100 small WOFF files by Unicode range (its own subsets, listed in
 * `<weight>.css`); only the files holding a character we draw are loaded, a few hundred KB in all.
 * Satori reads WOFF (not WOFF2).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Sans SC';
export type Weight = 400 | 700;

interface Chunk {
  file: string;
  ranges: [number, number][];
}

const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
const chunksByWeight = new Map<Weight, Chunk[]>();

/** The package's subsets of one weight: each WOFF file with its unicode-range, from `<weight>.css`. */
function chunks(weight: Weight): Chunk[] {
  let list = chunksByWeight.get(weight);
  if (list) return list;
  const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
  list = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(
    ([, file, ranges]) => ({
      file: join(packageDir, 'files', file!),
      ranges: ranges!.split(',').map((range) => {
        const [from, to = from] = range.trim().slice(2).split('-');
        return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
      }),
    }),
  );
  if (list.length === 0) throw new Error(`No WOFF subsets found in @fontsource/noto-sans-sc/${weight}.css`);
  chunksByWeight.set(weight, list);
  return list;
}

const covers = (chunk: Chunk, cp: number) => chunk.ranges.some(([from, to]) => cp >= from && cp <= to);

/** The code points of a text that need a glyph (not spaces or line breaks). */
export function codePoints(text: string): number[] {
  return [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => cp > 0x20 && cp !== 0xa0);
}

/**
 * The font files of one weight that hold every character of `text`. Throws, naming the characters,
 * when the package has no subset for one of them: the build stops rather than drawing an empty box.
 */
export function fontFilesFor(text: string, weight: Weight): string[] {
  const all = chunks(weight);
  const files = new Set<string>();
  const missing: string[] = [];
  for (const cp of codePoints(text)) {
    const chunk = all.find((c) => covers(c, cp));
    if (chunk) files.add(chunk.file);
    else missing.push(String.fromCodePoint(cp));
  }
  if (missing.length) throw new Error(`Noto Sans SC ${weight} has no subset for: ${missing.join(' ')}`);
  return [...files];
}

/**
 * Satori's fonts for a text: the subsets needed, in both weights used. Satori takes one font per family
 * name and weight, so each subset gets a family name of its own (`Noto Sans SC 12`), and `fontFamily`
 * lists them all: satori draws each character with the first family that has it.
 */
export function satoriFonts(text: string) {
  const fonts = ([400, 700] as const).flatMap((weight) =>
    fontFilesFor(text, weight).map((file) => ({
      name: familyOf(file),
      data: readFileSync(file),
      weight,
      style: 'normal' as const,
    })),
  );
  return { fonts, fontFamily: [...new Set(fonts.map((f) => `'${f.name}'`))].join(', ') };
}

/** A subset's family name: `noto-sans-sc-12-400-normal.woff` -> `Noto Sans SC 12`, `...-latin-...` -> `Noto Sans SC latin`. */
const familyOf = (file: string) => `${FONT_FAMILY} ${/noto-sans-sc-([a-z0-9-]+?)-\d00-normal/.exec(file)![1]}`;
