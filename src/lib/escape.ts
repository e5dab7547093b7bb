/**
 * Escapes text for HTML or XML content and double-quoted attributes.
 * @example escapeMarkup('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
