// The poster and link preview are drawn with Noto Sans SC from npm, never a system font: every
// character each picture draws has a glyph in the font files loaded for it.
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { codePoints, fontFilesFor } from '../../src/share/fonts';
import { posterTree, previewTree, textsOf } from '../../src/share/cards';

const PICTURES = (['en', 'zh'] as const).flatMap((lang) => [
  { name: `${lang} poster`, texts: textsOf(posterTree(lang, `https://example.org/${lang === 'zh' ? 'zh/' : ''}`)) },
  { name: `${lang} preview`, texts: textsOf(previewTree(lang)) },
]);

describe.each(PICTURES)('the $name', ({ name, texts }) => {
  it('draws text', () => {
    expect(texts.join('').length).toBeGreaterThan(40);
    if (name.startsWith('zh')) expect(texts.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([400, 700] as const)('has a glyph for every character it draws, in weight %i', (weight) => {
    const text = texts.join('');
    const fonts = fontFilesFor(text, weight).map((file) => fontkit.openSync(file) as fontkit.Font);
    const missing = codePoints(text).filter((cp) => !fonts.some((font) => font.hasGlyphForCodePoint(cp)));
    expect(missing.map((cp) => String.fromCodePoint(cp))).toEqual([]);
  });
});
