// From an uploaded file to numbered paragraphs and sentences with character offsets.
import { Parser } from 'htmlparser2';

export type Format = 'txt' | 'md' | 'html';
export type Block = { text: string; kind: 'body' | 'subheading' | 'caption' };
export type Span = { start: number; end: number };

// Elements whose content is never text: scripts and styles never run and never survive.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'head',
  'object',
  'canvas',
  'button',
  'form',
  'nav',
  'footer',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'aside',
  'main',
  'blockquote',
  'figure',
  'figcaption',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'hr',
  'dd',
  'dt',
]);

/** HTML to plain text: one paragraph per block element; attributes (onerror, href…) are dropped. */
export function htmlToText(html: string): { text: string; title?: string } {
  let out = '';
  let skipping = 0;
  let inTitle = false;
  let title = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name)) out += '\n\n';
        else if (name === 'br') out += '\n';
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (!skipping) out += data.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) out += '\n\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: out, title: title.trim() || undefined };
}

/** Markdown to plain text: heading marks, emphasis and link targets go, the words stay. */
export function markdownToText(md: string): string {
  return md
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2'),
    )
    .join('\n');
}

/** Paragraphs are separated by blank lines; the lines of one paragraph are joined by a space. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ')
        .replace(/[ \t\u00a0]+/g, ' '),
    )
    .filter((b) => b.length > 0);
}

// Site furniture: matched against a whole paragraph.
const FURNITURE: [RegExp, string][] = [
  [
    /^(top )?jobs( of the day| board| near you)?$|^find the best jobs\b|^be notified by email\.?$/i,
    'job advert',
  ],
  [/^(leave a comment|\d+ comments?|comments?|add a comment|show comments)\.?$/i, 'comment prompt'],
  [/(newsletter|subscribe|sign up)\b.{0,80}$/i, 'newsletter prompt'],
  [
    /^\(?(photo|picture|image|foto|bild)s?( credit)?:[^.]{0,80}\)?$|^(getty images|reuters|ap photo|afp)( \/ .*)?$/i,
    'photo credit',
  ],
  [
    /^((share( this( article)?)?( on)?|tweet|email|print|copy link|facebook|twitter|x|whatsapp|telegram|linkedin|reddit)\b[\s|·,/]*){1,8}$/i,
    'share buttons',
  ],
  [
    /^(more|read more|read also|related|see also|lesen sie auch|mehr zum thema):/i,
    'link to another story',
  ],
  [
    /^(advertisement|anzeige|sponsored|skip to (main )?content|cookie.*|all rights reserved.*|©.*)$/i,
    'page chrome',
  ],
];

/** Why a paragraph is site furniture, or undefined for article text. */
export function furnitureReason(text: string): string | undefined {
  if (text.length > 200) return undefined;
  return FURNITURE.find(([re]) => re.test(text))?.[1];
}

// Intl.Segmenter (ICU's sentence rules) breaks after any full stop followed by a capital; these
// abbreviations do not end a sentence.
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Pres|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|Prof|Rev|Adm)|\b[A-Z]|\b(?:U\.S|U\.K|U\.N|E\.U))\.\s*$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of a paragraph as [start, end) offsets, trailing spaces left out. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.trimEnd().length;
    if (end <= index) continue;
    const last = spans[spans.length - 1];
    if (last && ABBREVIATION.test(text.slice(last.start, last.end))) last.end = end;
    else spans.push({ start: index, end });
  }
  return spans;
}

/** A short line without closing punctuation reads as a sub-heading. */
export function blockKind(text: string): Block['kind'] {
  return text.length < 120 && !/[.!?:;”"»)]$/.test(text) ? 'subheading' : 'body';
}
