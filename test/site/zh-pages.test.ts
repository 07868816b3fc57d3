// The built Chinese pages (dist/zh/**) read as Chinese written for mainland readers: one word per
// concept, Chinese punctuation and dates, the registry called authoritative once a page at most, short
// sentences on the family pages, and a glossary in pinyin order with Latin-letter terms under their letter.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { indexLetter } from '../../src/lib/glossary-order';
import { AUTHORITATIVE, NOT_A_CHINESE_DATE, punctuationProblems, retiredWords } from '../support/zh-rules';
import { DIST } from '../support/site';
import { htmlFiles, loadDocument } from '../support/pages';
import { FAMILY_PAGES, measureFamilyPages, pageLines, sentenceLength } from '../support/zh-text';

const ZH_PAGES = htmlFiles(DIST).filter((file) => file.startsWith('zh/'));

describe('every built Chinese page', () => {
  it('is checked (the Chinese build has its pages)', () => {
    expect(ZH_PAGES).toEqual(
      expect.arrayContaining(['zh/index.html', 'zh/glossary/index.html', 'zh/check/index.html']),
    );
  });

  it.each(ZH_PAGES)('%s uses no retired word', (file) => {
    const lines = pageLines(loadDocument(DIST, file));
    expect(lines.flatMap((line) => retiredWords(line).map((p) => `${p} in: ${line}`))).toEqual([]);
  });

  it.each(ZH_PAGES)('%s uses Chinese punctuation and writes dates as 2026年12月1日', (file) => {
    const lines = pageLines(loadDocument(DIST, file));
    expect(lines.flatMap(punctuationProblems)).toEqual([]);
    expect(lines.filter((line) => NOT_A_CHINESE_DATE.test(line))).toEqual([]);
  });

  it.each(ZH_PAGES)('%s writes citation marks as [1] or [5，6]', (file) => {
    const marks = [...loadDocument(DIST, file).querySelectorAll('main sup')].map((sup) => sup.textContent!.trim());
    expect(marks.filter((mark) => !/^\[\d+(?:，\d+)*\]$/.test(mark))).toEqual([]);
  });

  it.each(ZH_PAGES)('%s calls the English registry record authoritative once at most', (file) => {
    const text = pageLines(loadDocument(DIST, file)).join('\n');
    expect(text.match(AUTHORITATIVE)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('the family pages (overview, systemic sclerosis, FAQ, contact)', () => {
  const { count, average, longest, sentences } = measureFamilyPages(DIST);

  it('are all measured', () => {
    for (const file of FAMILY_PAGES)
      expect(
        sentences.some((s) => s.file === file),
        file,
      ).toBe(true);
    expect(count).toBeGreaterThan(100);
  });

  it('have no Chinese sentence over 60 characters', () => {
    console.log(`longest sentence (${longest.length} characters, ${longest.file}): ${longest.s}`);
    expect(sentences.filter(({ s }) => sentenceLength(s) > 60).map(({ file, s }) => `${file}: ${s}`)).toEqual([]);
  });

  it('keep the average sentence at 30 characters or under', () => {
    console.log(`${count} sentences, average ${average.toFixed(1)} characters`);
    expect(average).toBeLessThanOrEqual(30);
  });
});

describe('the Chinese glossary', () => {
  const document = loadDocument(DIST, 'zh/glossary/index.html');
  const terms = [...document.querySelectorAll('.glossary h2')].map((h) => h.textContent!.trim());
  const pinyin = new Intl.Collator(LANGUAGES.zh.collation.locale);
  const pinyinLetter = (term: string) => indexLetter(term, 'zh');
  const at = (start: string) => terms.findIndex((term) => term.startsWith(start));

  it('files each term under a letter, in A to Z order', () => {
    expect(terms.length).toBeGreaterThan(40);
    const letters = terms.map(pinyinLetter);
    expect(letters).toEqual([...letters].sort());
  });

  it('sorts the Chinese terms of a letter by pinyin, after its Latin-letter terms', () => {
    for (let i = 1; i < terms.length; i++) {
      const [a, b] = [terms[i - 1]!, terms[i]!];
      if (pinyinLetter(a) !== pinyinLetter(b)) continue;
      const latin = (t: string) => /^[\dA-Za-z]/.test(t);
      if (latin(a) && !latin(b)) continue;
      expect(latin(b) && !latin(a), `${a} before ${b}`).toBe(false);
      if (!latin(a)) expect(pinyin.compare(a, b), `${a} before ${b}`).toBeLessThan(0);
    }
  });

  it('puts Latin-letter terms where a reader looks for them, as the page says', () => {
    const intro = document.querySelector('main')!.textContent!;
    expect(intro).toContain('词条按汉语拼音的字母顺序排列');
    // The examples the page names: B细胞 before 白细胞单采 (b), CAR-T and CD19 between 丙 (b) and 胆 (d),
    // T细胞 just before 糖皮质激素 (t).
    expect(intro).toContain('例如B细胞、CAR-T、T细胞');
    expect(at('2013年ACR')).toBe(0);
    expect(at('AST')).toBe(1);
    expect(at('B细胞')).toBeLessThan(at('白细胞单采'));
    expect(at('丙型肝炎')).toBeLessThan(at('CAR-T'));
    expect(at('CD19')).toBeLessThan(at('胆红素'));
    expect(at('T细胞') + 1).toBe(at('糖皮质激素'));
    expect(at('I期')).toBe(at('活疫苗') + 1);
  });

  it('calls only true synonyms "又称"', () => {
    const aliases = [...document.querySelectorAll('.glossary__aliases')].map((p) => p.textContent!);
    // Words the review found listed as other names: a subtype, a wider word, an example, a test's germ.
    for (const wrong of [
      'PAH',
      '动脉性肺动脉高压',
      '硬皮病、',
      '梅毒、',
      '氟达拉滨',
      '利妥昔单抗',
      '吗替麦考酚酯',
      '抗Scl-70',
      '泼尼松',
      '肺结核',
      '肺活量',
      '神经毒性',
    ])
      expect(
        aliases.filter((a) => a.includes(wrong)),
        wrong,
      ).toEqual([]);
  });
});
