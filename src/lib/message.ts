/** Matching gateway messages, whose Go format verbs (`%s`, `%d`) stand for values filled in at run time. */

/** A Go format verb such as `%s`, `%d`, `%q` or `%-10v`. */
export const formatVerb = /%[-+# 0-9.]*[a-zA-Z]/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching the message with every format verb filled by some text; `whole` anchors it. */
export function messagePattern(message: string, whole = false): RegExp {
  const parts = message.split(formatVerb).map(escapeRegExp).join('.+?');
  return new RegExp(whole ? `^${parts}$` : parts, 's');
}

/** True when `text` contains the message, with any values in place of its format verbs. */
export function containsMessage(text: string, message: string): boolean {
  return messagePattern(message).test(text);
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
