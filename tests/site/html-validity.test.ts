/** Every built page is valid HTML. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { contentPages } from './built-site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The search box is a WAI-ARIA combobox: its popup must be a role="listbox" list of links, which
    // a native <select> cannot be, and Enter submits it (implicit submission) with no button needed.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    'wcag/h32': 'off',
    // A page's title is the exact message users search for; cutting it to 70 characters would hide it.
    'long-title': 'off',
    // Heading ids come from the heading text (`_id is empty` → `_id-is-empty`): valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('HTML validity', () => {
  test('every page validates', async () => {
    const failures: string[] = [];
    for (const page of contentPages) {
      const report = await validator.validateString(page.html, page.path);
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(failures.slice(0, 50)).toEqual([]);
  });
});
