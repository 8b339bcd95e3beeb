/**
 * One normal form for pastes and catalog wordings alike, so that matching is plain containment:
 * lower case, straight quotes, decoded escapes, single spaces, no space around punctuation, and
 * British spelling. Every step is a single linear pass (no backtracking pattern).
 */

/** The -ize/-ise words the gateway and users spell both ways. */
const britishStems = /\b(un)?(authori|organi|initiali|recogni|seriali|normali|customi|utili)z/g;

/** Curly and other look-alike quotes, as typed by chat tools and word processors. */
const singleQuotes = /[\u2018\u2019\u201a\u201b\u02bc\u0060\u00b4\u2032]/g;
const doubleQuotes = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/** Escapes as they appear in JSON, Go's `%q` and log lines; a pasted `\n` is a line break. */
function decodeEscapes(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[ntr]/g, ' ')
    .replace(/\\(['"\\/])/g, '$1');
}

/** Straight quotes and decoded escapes; case and spacing kept (for showing and for case ties). */
export function straighten(text: string): string {
  return decodeEscapes(text.replace(singleQuotes, "'").replace(doubleQuotes, '"'));
}

/** The spelling the catalog's British wordings use. */
export function toBritish(text: string): string {
  return text.replace(britishStems, '$1$2s');
}

/**
 * The normal form: `Key not authorized:token is expired` and `key not authorised: token is expired.`
 * both become `key not authorised:token is expired`. Other punctuation between words becomes a space
 * (people drop and add commas), surrounding quotes go; line breaks stay, one per line.
 */
export function normalise(text: string): string {
  return normaliseStraightened(straighten(text));
}

/** `normalise` for text already straightened (a paste is straightened once, as it is read). */
export function normaliseStraightened(text: string): string {
  return trimPunctuation(
    toBritish(
      text
        .toLowerCase()
        // Line breaks stay (a paste's lines are read one by one); other runs of space become one space.
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n[\s]*/g, '\n')
        // Punctuation between words is a space (`failed , request` and `inactive please` agree), but a colon
        // stays, unspaced: it is what separates a message from its filled-in detail (`authorized:token`).
        .replace(/[,.;!?()]+/g, ' ')
        .replace(/ *: */g, ':')
        .replace(/  +/g, ' ')
        .replace(/ ?\n ?/g, '\n'),
    ),
  );
}

/** Without surrounding quotes or trailing punctuation; a loop, as `[…]+$` rescans long runs from every start. */
export function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && `"' `.includes(text[start]!)) start++;
  while (end > start && `"'.!?:;, `.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** The words of a normalised text, for indexes and fuzzy scoring. */
export function wordsOf(text: string): string[] {
  return text.split(/[^a-z0-9_]+/).filter((word) => word.length > 0);
}
