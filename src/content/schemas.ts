import { z } from 'astro/zod';

/** Front matter of every prose page under `src/content/<lang>/pages/`. */
export const PageSchema = z.object({
  /** The page's `<title>` and main heading. */
  title: z.string().min(1),
  /** Meta description: one or two plain sentences, shown by search engines and link previews. */
  description: z.string().min(20).max(200),
  /** When a person last checked this page against the sources (YYYY-MM-DD). */
  lastReviewed: z.coerce.date(),
});

/** One glossary term, in `src/content/<lang>/glossary/*.yaml`. */
export const GlossaryTermSchema = z.object({
  /** Anchor on /glossary/ (`#crs`); stable, other pages link to it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens'),
  /** The term as written, e.g. "Cytokine release syndrome (CRS)". */
  term: z.string().min(1),
  /** One or two plain sentences. */
  definition: z.string().min(10),
  /** Where the definition or its numbers come from. */
  source: z.string().optional(),
  /** True synonyms only: other names or abbreviations of the same thing (CTX), shown as "Also called". */
  aliases: z.array(z.string().min(1)).optional(),
  /**
   * Words a reader may search for that are not other names of the term: related words, subtypes,
   * examples, report wording, spellings (硬皮病 for SSc, PAH for pulmonary hypertension). Indexed by search
   * with the entry, never shown as another name.
   */
  searchTerms: z.array(z.string().min(1)).optional(),
  /** Sort the term as this word: a term read by its Latin letters sits under that letter ("ACR", "CD19"). */
  sortAs: z.string().min(1).optional(),
});
