import { createRequire } from 'node:module';
import { Marked } from 'marked';
import type Sanitizer from 'sanitize-html';

/**
 * The one Markdown renderer for every source. Text from GitHub is untrusted, so the HTML that
 * Markdown allows through is filtered by an allow-list: no scripts, event handlers, styles,
 * iframes, forms or non-http(s)/mailto links. Files in the repository take the same path.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

/** The sanitiser's allow-list: exported so a test can check the renderer's shortcut against it. */
export const SANITIZE: Sanitizer.IOptions = {
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

const require = createRequire(import.meta.url);
let sanitizer: typeof Sanitizer | undefined;

/**
 * The sanitiser, loaded on first use: with its HTML and CSS parsers it took 50 ms of every
 * build's start, and most Markdown never needs it (see `sanitized`).
 */
function sanitizeHtml(html: string, options: Sanitizer.IOptions): string {
  sanitizer ??= require('sanitize-html') as typeof Sanitizer;
  return sanitizer(html, options);
}

/**
 * Renders Markdown to sanitised HTML.
 * @example renderMarkdown('Use **v1**. <script>x()</script>') // → '<p>Use <strong>v1</strong>. </p>\n'
 */
export function renderMarkdown(markdown: string): string {
  return sanitized(markdown, markdownToHtml(markdown));
}

/** Renders one paragraph of Markdown without the wrapping `<p>`, for short fields like scope. */
export function renderInlineMarkdown(markdown: string): string {
  return sanitized(markdown, inlineMarkdownToHtml(markdown));
}

/**
 * Marked's HTML already made, by Markdown: a build renders each update's body on its incident
 * page, again in the feeds and as text in the API and the calendar. Bounded by the characters it
 * holds, so that a build of any size keeps at most about 64 MB of it.
 */
const madeHtml = new Map<string, string>();
const MADE_HTML_LIMIT = 32_000_000;
let madeHtmlSize = 0;

/** Marked's HTML for Markdown, not yet sanitised. */
export function markdownToHtml(markdown: string): string {
  let html = madeHtml.get(markdown);
  if (html === undefined) {
    html = marked.parse(markdown) as string;
    madeHtmlSize += markdown.length + html.length;
    if (madeHtmlSize > MADE_HTML_LIMIT) {
      madeHtml.clear();
      madeHtmlSize = markdown.length + html.length;
    }
    madeHtml.set(markdown, html);
  }
  return html;
}

/** Marked's HTML for one paragraph without its `<p>`, not yet sanitised. */
export const inlineMarkdownToHtml = (markdown: string) => marked.parseInline(markdown) as string;

/** Tags that Markdown makes without attributes, and the sanitiser keeps as they are. */
const KEPT_AS_IS = new Set(['p', 'strong', 'em', 'code', 'del', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TOKEN = /<(\/?)([a-z][a-z0-9]*)>|&(?:amp|lt|gt|quot|#39);|[<>&]/g;

/**
 * What the sanitiser makes of `html`, which marked made from `markdown`. Most text is prose with
 * emphasis: Markdown with no `<` of its own becomes attribute-less tags and text with marked's
 * five entities, of which the sanitiser changes only how `"`, `'`, `<br>` and `<hr>` are
 * written. That is done here, at a fraction of the sanitiser's cost (it dominated the rendering
 * of every incident page); anything else (a link, an image, a class, an entity of the author's,
 * any HTML) goes through the sanitiser. A test compares both ways on many generated texts.
 */
function sanitized(markdown: string, html: string): string {
  return (markdown.includes('<') ? undefined : asSanitized(html)) ?? sanitizeHtml(html, SANITIZE);
}

function asSanitized(html: string): string | undefined {
  let out = '';
  let from = 0;
  for (const match of html.matchAll(TOKEN)) {
    const [token, slash, tag] = match;
    out += html.slice(from, match.index);
    from = match.index + token.length;
    if (tag !== undefined && KEPT_AS_IS.has(tag)) out += token;
    else if ((tag === 'br' || tag === 'hr') && !slash) out += `<${tag} />`;
    else if (token === '&quot;') out += '"';
    else if (token === '&#39;') out += "'";
    else if (tag === undefined && token.length > 1) out += token;
    else return undefined;
  }
  return out + html.slice(from);
}

/** Plain text of Markdown, for places that take no HTML (JSON bodies, calendar descriptions). */
export function markdownToText(markdown: string): string {
  const html = markdownToHtml(markdown).replace(/<\/(p|li|h\d|pre|blockquote|tr)>/g, '$&\n');
  return ((markdown.includes('<') ? undefined : asText(html)) ?? stripHtml(html)).replace(/\n{3,}/g, '\n\n');
}

/** Marked's and the sanitiser's five entities, decoded. */
const DECODED: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * What `stripHtml` makes of `html`, which marked made from Markdown with no `<` of its own: its
 * tags have no attributes and its only entities are marked's five, so dropping the tags and
 * decoding the entities is all the sanitiser would do. Anything else, or text that a second pass
 * would change, goes through `stripHtml`; the same test as the renderer's shortcut compares both ways.
 */
function asText(html: string): string | undefined {
  let out = '';
  let from = 0;
  for (const match of html.matchAll(TOKEN)) {
    const [token, , tag] = match;
    out += html.slice(from, match.index);
    from = match.index + token.length;
    if (tag !== undefined) continue;
    const decoded = DECODED[token];
    if (decoded === undefined) return undefined;
    out += decoded;
  }
  out += html.slice(from);
  // A decoded `<` or entity (`&amp;lt;` was written) would be taken apart by a second pass.
  return /<|&[#\w]/.test(out) ? undefined : out.trim();
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
    // One pass over the five entities, so `&amp;lt;` becomes `&lt;`, not `<`.
    const next = sanitizeHtml(current, { allowedTags: [], allowedAttributes: {} }).replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => DECODED[entity]!);
    if (next === current) break;
    current = next;
  }
  return current.trim();
}
