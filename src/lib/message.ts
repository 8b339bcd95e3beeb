/** Matching gateway messages, whose Go format verbs (`%s`, `%d`) stand for values filled in at run time. */

const formatVerb = /%[-+# 0-9.]*[a-zA-Z]/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching the message with every format verb filled by some text. */
export function messagePattern(message: string): RegExp {
  const parts = message.split(formatVerb).map(escapeRegExp);
  return new RegExp(parts.join('.+?'), 's');
}

/** True when `text` contains the message, with any values in place of its format verbs. */
export function containsMessage(text: string, message: string): boolean {
  return messagePattern(message).test(text);
}
