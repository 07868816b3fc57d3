/**
 * English: the checker page's own words, around the checker (server-rendered only: the island's
 * bundle does not carry them).
 */
export const checkPage = {
  privacy:
    'Your answers stay in this browser tab and are sent nowhere. The browser keeps them with this page in the tab’s history, so that Back, Forward and reload bring them back (no cookie, no other storage), until you close the tab or press Clear all answers; a browser that reopens a closed tab may bring them back with it.',
  offline:
    'Your browser keeps a copy of the site’s public pages, so that they open without a connection: never your answers. To remove the copy, delete this site’s data in your browser’s settings.',
  noScript:
    'The interactive checker needs JavaScript. Every criterion with its limits is on the eligibility criteria page, which prints as a checklist to go through with the child’s records.',
  scriptFailed:
    'The interactive checker could not start in this browser. Every criterion with its limits is on the eligibility criteria page, which prints as a checklist to go through with the child’s records. A newer browser, or the phone’s own browser instead of the one inside an app, may run the checker.',
  checklistLink: 'Go to the eligibility criteria',
};
