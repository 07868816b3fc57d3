/**
 * What the buttons under the result do, Copy, Save and Open, loaded when the reader reaches for them
 * (useRequested.ts): the checker's first script does not carry it.
 */
export { copyText, SelectedText } from './copy';
export { downloadSavedFile, openSavedFile } from './saved';
export { summaryText } from './summaryText';
