import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { GlossaryTermSchema, PageSchema } from './content/schemas';

// Prose pages per language: `src/content/en/pages/faq.mdx` has the id `en/pages/faq`.
const pages = defineCollection({
  loader: glob({ pattern: '*/pages/*.mdx', base: './src/content' }),
  schema: PageSchema,
});

// One glossary per language, with the same term ids (they are the anchors on /glossary/).
const glossaryEn = defineCollection({ loader: file('./src/content/en/glossary.yaml'), schema: GlossaryTermSchema });
const glossaryZh = defineCollection({ loader: file('./src/content/zh/glossary.yaml'), schema: GlossaryTermSchema });

export const collections = { pages, glossaryEn, glossaryZh };
