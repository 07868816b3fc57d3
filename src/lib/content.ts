import { getEntry, render } from 'astro:content';
import type { Lang } from '../i18n';

/** Loads a prose page (`src/content/<lang>/pages/<slug>.mdx`), failing the build if it is missing. */
export async function loadPage(slug: string, lang: Lang = 'en') {
  const entry = await getEntry('pages', `${lang}/pages/${slug}`);
  if (!entry) throw new Error(`Missing content page src/content/${lang}/pages/${slug}.mdx`);
  const { Content, headings } = await render(entry);
  return { data: entry.data, Content, headings };
}
