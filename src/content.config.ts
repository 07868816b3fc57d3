import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { LANGS, type Lang } from './i18n/languages';
import { GlossaryTermSchema, PageSchema } from './content/schemas';

// Prose pages per language: `src/content/en/pages/faq.mdx` has the id `en/pages/faq`.
const pages = defineCollection({
  loader: glob({ pattern: '*/pages/*.mdx', base: './src/content' }),
  schema: PageSchema,
});

/**
 * Every YAML list of terms in `src/content/<lang>/glossary/`, as one collection. Each file is read by
 * Astro's file() loader, which empties the collection first: here it is emptied once, and a term id
 * given twice, in any two files, fails the build.
 */
function glossaryFiles(lang: Lang): Loader {
  const dir = `./src/content/${lang}/glossary/`;
  return {
    name: 'glossary-files',
    load: async (context) => {
      context.store.clear();
      for (const name of readdirSync(dir)
        .filter((n) => n.endsWith('.yaml'))
        .sort()) {
        const earlier = new Set(context.store.keys());
        const store = {
          ...context.store,
          clear() {},
          set(entry: Parameters<typeof context.store.set>[0]) {
            if (earlier.has(entry.id)) throw new Error(`Glossary term ${entry.id} is in ${dir} twice (${name})`);
            return context.store.set(entry);
          },
        };
        await file(dir + name).load({ ...context, store });
        // file() logs a YAML error and goes on with no terms; a glossary missing half its terms must not build.
        if (context.store.keys().length === earlier.size) throw new Error(`No glossary terms read from ${dir}${name}`);
      }
    },
  };
}

// One glossary per language (`glossary-en`...), with the same term ids (they are the anchors on /glossary/).
const glossaryOf = (lang: Lang) => defineCollection({ loader: glossaryFiles(lang), schema: GlossaryTermSchema });
const glossaries = Object.fromEntries(LANGS.map((lang) => [`glossary-${lang}`, glossaryOf(lang)])) as Record<
  `glossary-${Lang}`,
  ReturnType<typeof glossaryOf>
>;

export const collections = { pages, ...glossaries };
