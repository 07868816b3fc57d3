/** English: the site search (strings handed to the search script as data). */
export const search = {
  label: 'Search this site',
  button: 'Search',
  hint: 'For example: pregnancy, mRSS, side effects',
  noScript: 'Search needs JavaScript. Turn on JavaScript in your browser, or use the menu to find a page.',
  loading: 'Searching…',
  empty: 'Type a word or phrase to search.',
  one: '1 result for “{query}”',
  many: '{count} results for “{query}”',
  none: 'No results for “{query}”. Check the spelling, or try another word.',
  unavailable: 'Search works on the built site: run npm start',
  failed: 'Search is not working right now. Use the menu to find a page.',
  resultsLabel: 'Search results',
  sectionsLabel: 'Sections of this page',
};
