import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * The one Markdown renderer for every source. Text from GitHub is untrusted, so the HTML that
 * Markdown allows through is filtered by an allow-list: no scripts, event handlers, styles,
 * iframes, forms or non-http(s)/mailto links. Files in the repository take the same path.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'kbd', 'samp',
    'strong', 'b', 'em', 'i', 'del', 's', 'ins', 'sub', 'sup', 'small', 'mark',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'abbr', 'time',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    abbr: ['title'],
    time: ['datetime'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    code: ['class'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Headings inside a post must not outrank the page's own h1 and the incident's h2.
  transformTags: {
    h1: 'h3',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener' } }),
  },
  disallowedTagsMode: 'discard',
};

/**
 * Renders Markdown to sanitised HTML.
 * @example renderMarkdown('Use **v1**. <script>x()</script>') // → '<p>Use <strong>v1</strong>. </p>\n'
 */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, SANITIZE);
}

/** Renders one paragraph of Markdown without the wrapping `<p>`, for short fields like scope. */
export function renderInlineMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parseInline(markdown) as string, SANITIZE);
}

/** Plain text of Markdown, for places that take no HTML (JSON bodies, calendar descriptions). */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return stripHtml(html.replace(/<\/(p|li|h\d|pre|blockquote|tr)>/g, '$&\n')).replace(/\n{3,}/g, '\n\n');
}

/**
 * The text of a string that may hold HTML, with every tag (and a script's or style's content)
 * removed: for plain-text fields from untrusted sources, such as an issue title. Repeated until
 * stable, so that escaped markup (`&lt;script&gt;`) cannot come back as markup once decoded.
 * @example stripHtml('Outage <img src=x onerror=alert(1)> & <b>more</b>') // → 'Outage  & more'
 */
export function stripHtml(text: string): string {
  let current = text;
  // Text without <, > or & comes out of a pass unchanged (checked on random text): no pass needed.
  for (let pass = 0; pass < 5 && /[<>&]/.test(current); pass++) {
    const next = sanitizeHtml(current, { allowedTags: [], allowedAttributes: {} })
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (next === current) break;
    current = next;
  }
  return current.trim();
}
