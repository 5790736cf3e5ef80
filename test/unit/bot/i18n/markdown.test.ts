import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { escapeMarkdown, withoutMarkdownEscapes } from '../../../../bot/i18n/markdown';
import { markdownToHtml } from '../../../support/markdown';

/** What Markdown makes of text: any of these means a person's text was taken for formatting. */
const FORMATTING = /<(a|strong|em|s|code|img|ul|ol|li|h[1-6]|blockquote|hr)\b/;

describe('bot/i18n/markdown', () => {
  const attacks = [
    '[Verify your login](https://evil.example/login)',
    '**Boss**',
    '__Boss__ and _you_ and *me*',
    '~~cancelled~~ `code`',
    '<https://evil.example> <b>bold</b>',
    '![logo](https://evil.example/x.png)',
    '- one\n+ two\n* three\n1. four\n2) five',
    '# Heading\n> quote\n---\nSetext\n===',
    '##\n### \n######',
    'ends in a backslash \\',
  ];

  for (const text of attacks) {
    it(`shows ${JSON.stringify(text)} as written`, () => {
      const html = markdownToHtml(escapeMarkdown(text));
      assert.doesNotMatch(html, FORMATTING, html);
      assert.equal(withoutMarkdownEscapes(escapeMarkdown(text)), text);
    });
  }

  it('leaves text without Markdown as it is', () => {
    for (const text of ['Adele Vance', 'adele@contoso.example', '+49301234567', 'Smith & Co (UK)', '14 January 2027']) {
      assert.equal(escapeMarkdown(text), text);
    }
  });

  it('changes nothing when a value is escaped again', () => {
    fc.assert(
      fc.property(markdownishText(), (text) => {
        const once = escapeMarkdown(text);
        assert.equal(escapeMarkdown(once), once);
      }),
    );
  });

  it('never lets Markdown format what it escaped', () => {
    fc.assert(
      fc.property(markdownishText(), (text) => {
        assert.doesNotMatch(markdownToHtml(escapeMarkdown(text)), FORMATTING);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Text made of Markdown's characters; lines indented by four spaces (a code block) are not formatting a person can add. */
function markdownishText(): fc.Arbitrary<string> {
  const characters = ['a', 'b', ' ', '*', '_', '~', '`', '[', ']', '(', ')', '<', '>', '#', '-', '+', '=', '.', '1', '\\', '\n', '!', ':', '/'];
  return fc
    .array(fc.constantFrom(...characters), { maxLength: 40 })
    .map((parts) => parts.join(''))
    .filter((text) => !/(^|\n) {4}/.test(text));
}
