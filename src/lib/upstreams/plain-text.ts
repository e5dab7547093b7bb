/**
 * Text from an upstream is plain text from a stranger: kept as text (the page escapes it, nothing
 * renders it as HTML or Markdown), stripped of control characters and of the bidirectional
 * controls that could make it read as something else, and cut to a length a page can carry.
 */

// C0 and C1 controls but tab and newline, and the bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of plain text (a name, a title), at most `max` characters.
 * @example plainLine('  <b>Big</b>\n outage ', 200) // → '<b>Big</b> outage'
 */
export function plainLine(text: string, max: number): string {
  return cut(text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim(), max);
}

/**
 * Paragraphs of plain text (an update's body), at most `max` characters; at most one blank line between paragraphs.
 * @example plainBody('We are\r\n\r\n\r\non it.', 2000) // → 'We are\n\non it.'
 */
export function plainBody(text: string, max: number): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(UNSAFE, '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  return cut(lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), max);
}

/**
 * `text` cut to `max` characters (code points, so no emoji is split), the last one an ellipsis when cut.
 * @example cut('abcdef', 4) // → 'abc…'
 */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept: string[] = [];
  for (const char of text) {
    if (kept.length === max) return `${kept.slice(0, max - 1).join('')}…`;
    kept.push(char);
  }
  return text;
}
