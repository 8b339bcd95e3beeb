/**
 * Compares wordings from Tyk's older error pages with an entry's `documentedAs`: the draft list
 * adds situations in parentheses and both use typographic apostrophes, which authors may drop.
 */
export function normaliseSeedMessage(message: string): string {
  return message
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[\s.!:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
