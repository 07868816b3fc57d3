import { LANGS, pagePath } from './paths.ts';

/**
 * The site's pages, one table for the navigation, the tests and the bench. Paths are the English ones
 * at the site root; every language has the same pages under its own prefix.
 */
export const PAGES = [
  { key: 'home', path: '/' },
  { key: 'ssc', path: '/systemic-sclerosis/' },
  { key: 'eligibility', path: '/eligibility/' },
  { key: 'check', path: '/check/' },
  { key: 'faq', path: '/faq/' },
  { key: 'glossary', path: '/glossary/' },
  { key: 'contact', path: '/contact/' },
  { key: 'search', path: '/search/', nav: false },
  // The A4 flyer and phone poster: linked from the home and contact pages, not from the navigation.
  { key: 'flyer', path: '/flyer/', nav: false },
] as const;

/** Every page's path, in navigation order. */
export const ROUTES: readonly string[] = PAGES.map((page) => page.path);

/** Every page in every language: '/', '/faq/', ..., '/zh/', '/zh/faq/', ... */
export const ALL_ROUTES: readonly string[] = LANGS.flatMap((lang) => ROUTES.map((path) => pagePath(path, lang)));

/** Whether a path is the checker's, in any language (/check/, /zh/check/). */
export const isCheck = (path: string): boolean => path.endsWith('/check/');
