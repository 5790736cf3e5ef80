/**
 * Teams renders card text (TextBlock, Fact title and value) and text messages as Markdown: emphasis (`**`, `_`),
 * strikethrough (`~~`), code (`` ` ``), links (`[title](url)`, `<url>`), and at a line's start headings (`#`), quotes
 * (`>`) and list items (`-`, `+`, `*`, `1.`, `1)`). What a person typed or an import carried is shown as written: each
 * of those characters gets a backslash.
 *
 * Escaping twice changes nothing: a backslash already in front of one of those characters is kept as the escape it is,
 * so a value may pass through here again (a translated sentence built from an escaped name) without growing backslashes.
 */
export function escapeMarkdown(text: string): string {
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    const next = text[index + 1];
    if (character === '\\' && next !== undefined && ESCAPED_ANYWHERE.has(next)) {
      escaped += character + next;
      index++;
    } else {
      escaped += ESCAPED_INLINE.has(character) ? `\\${character}` : character;
    }
  }
  return escaped.replace(LINE_START_MARKER, (_marker, indent: string, sign?: string, number?: string, closer?: string) =>
    sign ? `${indent}\\${sign}` : `${indent}${number}\\${closer}`,
  );
}

/** Plain text again, for where Teams shows text as it is (a notification's summary in the activity feed, a button). */
export function withoutMarkdownEscapes(text: string): string {
  return text.replace(/\\(.)/g, (escape, character: string) => (ESCAPED_ANYWHERE.has(character) ? character : escape));
}

const ESCAPED_INLINE = new Set(['\\', '*', '_', '~', '`', '[', ']', '<']);
const ESCAPED_AT_LINE_START = ['#', '>', '-', '+', '=', '.', ')'];
const ESCAPED_ANYWHERE = new Set([...ESCAPED_INLINE, ...ESCAPED_AT_LINE_START]);
/**
 * A quote at a line's start; a heading (one to six `#`) or list item where a space or the line's end follows; a rule or underline (`---`,
 * `===`). `+49…` or `-x` is text.
 */
const LINE_START_MARKER = /^([ \t]*)(?:(>|#(?=#{0,5}(?:[ \t]|$))|\+(?=[ \t]|$)|[=-](?=[ \t=-]|$))|(\d{1,9})([.)])(?=[ \t]|$))/gm;
