import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { LANGS, type Lang } from './i18n/languages';
import { GlossaryTermSchema, PageSchema } from './content/schemas';

// Prose pages per language: `src/content/en/pages/faq.mdx` has the id `en/pages/faq`.
const pages = defineCollection({
  loader: glob({ pattern: '*/pages/*.mdx', base: './src/content' }),
  schema: PageSchema,
});

// One glossary per language (`glossary-en`...), with the same term ids (they are the anchors on /glossary/).
const glossaryOf = (lang: Lang) =>
  defineCollection({ loader: file(`./src/content/${lang}/glossary.yaml`), schema: GlossaryTermSchema });
const glossaries = Object.fromEntries(LANGS.map((lang) => [`glossary-${lang}`, glossaryOf(lang)])) as Record<
  `glossary-${Lang}`,
  ReturnType<typeof glossaryOf>
>;

export const collections = { pages, ...glossaries };
