/** Matching gateway messages, whose Go format verbs (`%s`, `%d`) stand for values filled in at run time. */

/** A Go format verb such as `%s`, `%d`, `%q` or `%-10v`. */
export const formatVerb = /%[-+# 0-9.]*[a-zA-Z]/g;

/** The message's literal parts, in order, split at its format verbs (which fill in at least one character). */
export function literalParts(message: string): string[] {
  return message.split(formatVerb);
}

/**
 * Where the message's literal parts occur in order in `text`, each verb standing for at least one
 * character: `[start, end]` of the whole match, or undefined. Linear: one `indexOf` per part, and no
 * regular expression, so no paste can make it backtrack. The first occurrence of each part is the
 * best choice (an earlier end leaves the most room for the parts after it).
 */
export function findParts(text: string, parts: readonly string[], from = 0): [number, number] | undefined {
  let position = from;
  let start = -1;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    // A verb before this part fills in at least one character.
    if (index > 0) position += 1;
    if (part === '') {
      if (index === 0) start = position;
      continue;
    }
    const found = text.indexOf(part, position);
    if (found === -1) return undefined;
    // A leading verb's value ends where the first literal part starts.
    if (index === 0) start = found;
    else if (index === 1 && parts[0] === '') start = found - 1;
    position = found + part.length;
  }
  // A trailing verb needs a character after the last part.
  if (parts.length > 1 && parts.at(-1) === '' && position > text.length) return undefined;
  return [start, Math.min(position, text.length)];
}

/** True when `text` contains the message, with any values in place of its format verbs. */
export function containsMessage(text: string, message: string): boolean {
  return findParts(text, literalParts(message)) !== undefined;
}

/** Control and format characters (newlines, tabs, zero-width spaces, BOMs): never part of a message's text. */
export const invisibleCharacter = /[\p{Cc}\p{Cf}]/u;

/** How many letters and digits a message has besides its format verbs. */
export function literalLength(message: string): number {
  return message.replace(formatVerb, '').replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * The fewest letters and digits a message must have besides its format verbs: enough that a query
 * matching it really is that message. The shortest the gateway sends is `null` (4).
 */
export const minLiteralLength = 4;
