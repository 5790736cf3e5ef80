/** Markdown as the Adaptive Cards renderer formats it (markdown-it), to see what text would become on a card. */
// markdown-it ships no types of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new () => { render(text: string): string };

const markdown = new MarkdownIt();

export function markdownToHtml(text: string): string {
  return markdown.render(text);
}
