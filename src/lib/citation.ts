/** A ready citation of an entry for a support ticket, in Markdown and in plain text. */
export function citationFor(status: string, message: string, url: string): { markdown: string; text: string } {
  const markdownMessage = message.replace(/([\\`*_[\]<>])/g, '\\$1');
  return {
    markdown: `[${status} ${markdownMessage}](${url}) (Tyk Gateway error reference)`,
    text: `${status} "${message}" (Tyk Gateway error reference): ${url}`,
  };
}
