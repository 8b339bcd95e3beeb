/**
 * The fixed sections of an entry's body, in this order: `## What it means`, `## Why it happens`
 * with one `### cause` or more, and `## How to fix` with numbered steps (content/README.md).
 */

/** The text under a `## heading` up to the next `## ` heading; empty when the heading is missing. */
export function section(body: string, heading: string): string {
  const text = body.replace(/\r\n/g, '\n');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start === -1 && !text.startsWith(`## ${heading}\n`)) return '';
  const from = start === -1 ? 0 : start + 1;
  const rest = text.slice(from + heading.length + 4);
  const next = rest.search(/^## /m);
  return (next === -1 ? rest : rest.slice(0, next)).trim();
}

/** What is missing from a body, as instructions to the author; empty when every section is there. */
export function missingBodySections(body: string): string[] {
  const missing: string[] = [];
  if (section(body, 'What it means').length <= 40) {
    missing.push('`## What it means` with two or three sentences');
  }
  const causes = section(body, 'Why it happens');
  const causeTexts = causes.split(/^### .*$/m).slice(1);
  if (causeTexts.length === 0 || causeTexts.some((cause) => cause.trim().length <= 20)) {
    missing.push('`## Why it happens` with one `### cause` heading per cause, each explained');
  }
  if (!/^1\. \S/m.test(section(body, 'How to fix'))) {
    missing.push('`## How to fix` with numbered steps (`1. …`)');
  }
  return missing;
}
