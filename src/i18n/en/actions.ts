/**
 * English: what the buttons under the result say once used (Copy, Save, Open), and what replaces Print
 * and Save in an app's built-in browser. Loaded when the reader reaches for the buttons, or at once in
 * such a browser, so the checker's bundle does not carry it.
 */
export const actions = {
  /** Under the buttons: what the last copy, save or open did. */
  notice: {
    copied: 'Summary copied. Paste it into a letter or note.',
    copyFailed:
      'Copying did not work. The summary is selected below: copy it yourself (on a phone, press and hold it).',
    saved:
      'Your browser was asked to save the answers as {file}, where it puts downloads. If no file appears there, use Copy summary instead. Open the file on this page later; to use it on another device, send or copy it there yourself.',
    opened: 'Answers saved on {date} opened. Check them against the child’s records.',
    tooLarge:
      'That file is too large (more than 100 KB) to be answers saved by this pre-screen. Your answers on this page have not changed.',
    notOurs: 'That file is not a file of answers saved by this pre-screen. Your answers on this page have not changed.',
    damaged:
      'That file of saved answers cannot be read: it may be damaged or changed. Your answers on this page have not changed.',
    newerVersion:
      'That file was saved by a newer version of this pre-screen, which this page cannot read. Your answers on this page have not changed. Reloading this page may bring the newer version, but it clears the answers on this page: to keep them, save them to a file first. Then reload and open that file again.',
  },
  /** At the head of the copied summary: the note printed at the head of the print (checker.printNote). */
  copyNote: 'Pre-screen only, not a medical record. Copied {date}.',
  /** Instead of Print and Save in apps' built-in browsers (WeChat and others), which cannot do either. */
  inApp:
    'This page is open inside an app (such as WeChat), which cannot print or save files. To print or save, open this page in your phone’s browser: in WeChat, tap ··· at the top right, then Open in Browser. Answers typed here do not go with it, so first use Copy summary, which works here.',
  /** In apps' built-in browsers, beside `inApp`: what Open saved answers needs there. */
  inAppOpen: 'Open saved answers needs a file of answers saved from this page earlier, on this phone.',
};
