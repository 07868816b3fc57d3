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

/** One glossary term, in `src/content/<lang>/glossary.yaml`. */
export const GlossaryTermSchema = z.object({
  /** Anchor on /glossary/ (`#crs`); stable, other pages link to it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens'),
  /** The term as written, e.g. "Cytokine release syndrome (CRS)". */
  term: z.string().min(1),
  /** One or two plain sentences. */
  definition: z.string().min(10),
  /** Where the definition or its numbers come from. */
  source: z.string().optional(),
  /** Other names a reader may search for (硬皮病, CTX, MMF); shown with the term and indexed by search. */
  aliases: z.array(z.string().min(1)).optional(),
});
