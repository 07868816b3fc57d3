/**
 * A number as people type it: surrounding spaces, a decimal comma ("0,5") and a trailing point are
 * fine, and so are the full-width digits and separators of a Chinese input method ("１２，５",
 * "１２．５"), which Unicode's compatibility normalisation (NFKC) turns into their ASCII forms.
 * Used by the checker's questions and by the calculators.
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.normalize('NFKC').trim().replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
