/**
 * Separates a heading's visible text from the search-only words hidden after it (the glossary's other
 * names and related words): U+2063 INVISIBLE SEPARATOR, which no heading's own text contains. Search
 * shows a section's title only up to it.
 */
export const SEARCH_WORDS_SEPARATOR = '\u2063';
