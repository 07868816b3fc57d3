/**
 * A number as people type it: surrounding spaces, a decimal comma ("0,5") and a trailing point are
 * fine. Used by the checker's questions and by the calculators.
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
