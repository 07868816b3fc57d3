/**
 * English: the checker page's own words, around the checker (server-rendered only: the island's
 * bundle does not carry them).
 */
export const checkPage = {
  privacy:
    'Your answers stay in this browser tab. Nothing is sent anywhere, and nothing is kept when you close the tab, unless you save your answers to a file. That file goes where your browser puts downloads, or where you choose, on this device.',
  offline:
    'So that the site opens without a connection, your browser keeps a copy of its public pages and files in your language: never your answers. To remove the copy, delete this site’s data in your browser’s settings.',
  noScript:
    'The interactive checker needs JavaScript. Below is every criterion with its limits, as a checklist you can print and go through with the child’s records.',
  scriptFailed:
    'The interactive checker could not start in this browser. Below is every criterion with its limits, as a checklist you can print and go through with the child’s records. A newer browser, or the phone’s own browser instead of the one inside an app, may run the checker.',
  checklistHeading: 'Checklist of the criteria',
  inclusionHeading: 'The child must meet all of these',
  exclusionHeading: 'Any of these rules the child out',
};
