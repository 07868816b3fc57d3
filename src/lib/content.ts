import { getCollection, getEntry, render } from 'astro:content';
import type { Lang } from '../i18n';
import { glossaryOrder } from './glossary-order';

/** Loads a prose page (`src/content/<lang>/pages/<slug>.mdx`), failing the build if it is missing. */
export async function loadPage(slug: string, lang: Lang) {
  const entry = await getEntry('pages', `${lang}/pages/${slug}`);
  if (!entry) throw new Error(`Missing content page src/content/${lang}/pages/${slug}.mdx`);
  const { Content, headings } = await render(entry);
  return { data: entry.data, Content, headings };
}

/** A language's glossary terms, in the order its readers look them up (./glossary-order.ts). */
export async function loadGlossary(lang: Lang) {
  return glossaryOrder(
    (await getCollection(`glossary-${lang}`)).map((entry) => entry.data),
    lang,
  );
}
