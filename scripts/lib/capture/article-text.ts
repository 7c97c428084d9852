/**
 * The text of an article as the `.txt` beside its source stores it: one paragraph per block of
 * the page (a paragraph, a subheading, a list item, a block quote), paragraphs separated by one
 * blank line, the spaces inside a paragraph collapsed. Pictures and their captions, asides,
 * share buttons, newsletter boxes, "related" links and navigation are left out: quotes are
 * checked against this text, so it holds only what the article says.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never article text. */
const LEFT_OUT = new Set([
  'aside',
  'audio',
  'button',
  'canvas',
  'dialog',
  'embed',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'iframe',
  'img',
  'input',
  'label',
  'menu',
  'nav',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Roles of the page's furniture rather than its article. */
const FURNITURE_ROLES = new Set(['banner', 'complementary', 'contentinfo', 'navigation', 'search']);

/**
 * Class names and ids of boxes around an article: sharing, newsletters, adverts, related
 * links, captions, video players. Read anywhere in the name, as Readability reads its own list:
 * "mbArticleShareBtn" is a share button.
 */
const FURNITURE_NAMES =
  /share|social|newsletter|related|promo|advert|sponsor|subscribe|signup|outbrain|taboola|breadcrumb|caption|credit|player/i;

/**
 * A box named as furniture that holds more than this share of the article's text is the
 * article after all ("article-body social-embeds"): it is kept.
 */
const FURNITURE_MOST_TEXT = 0.25;

/** The lead-in a link to another page may have: "Lire aussi :", "Read more:", "Revivez". */
const POINTER_LEAD = { characters: 20, words: 3 };

/** Stands for a `<br>` until the paragraph is finished: two in a row end a paragraph. */
const LINE_BREAK = '\u0000';

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** True for an element that holds page furniture, by its tag, role, class, id or hidden state. */
function isFurniture(element: Element, articleLength: number): boolean {
  if (LEFT_OUT.has(tagOf(element))) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (FURNITURE_ROLES.has(element.getAttribute('role') ?? '')) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE_NAMES.test(names) && element.textContent.length < FURNITURE_MOST_TEXT * articleLength;
}

/** The text of an element outside its links: empty for a "related" link standing alone. */
function textOutsideLinks(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (isElement(child) && tagOf(child) !== 'a') text += textOutsideLinks(child);
  }
  return text;
}

/**
 * A paragraph or list item that only points to other pages: nothing but links, or links after
 * a short lead-in ("Read the full transcript", "Lire aussi : …", "Related: …").
 */
function isPointer(element: Element): boolean {
  if (!['p', 'li', 'dd', 'dt'].includes(tagOf(element))) return false;
  const links = [...element.querySelectorAll('a')];
  if (links.length === 0) return false;
  const lead = textOutsideLinks(element).replace(/\s+/g, ' ').trim();
  const linked = links
    .map((link) => link.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    lead.length <= POINTER_LEAD.characters &&
    lead.split(' ').length <= POINTER_LEAD.words &&
    linked.length > lead.length
  );
}

/**
 * A one-item list right after a picture: how some pages lay out the picture's caption, which
 * is not the article's words.
 */
function isCaptionList(element: Element): boolean {
  if (!['ul', 'ol'].includes(tagOf(element))) return false;
  const previous = element.previousElementSibling;
  return previous !== null && tagOf(previous) === 'figure' && element.querySelectorAll('li').length === 1;
}

/** Gathers the running text of blocks into paragraphs. */
class Paragraphs {
  readonly done: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  lineBreak(): void {
    this.current += LINE_BREAK;
  }

  /** Ends the paragraph being written; two line breaks in a row inside it end one too. */
  end(): void {
    for (const part of this.current.split(new RegExp(`${LINE_BREAK}\\s*${LINE_BREAK}`))) {
      const paragraph = part.replaceAll(LINE_BREAK, ' ').replace(/\s+/g, ' ').trim();
      if (paragraph) this.done.push(paragraph);
    }
    this.current = '';
  }
}

function collect(node: Node, paragraphs: Paragraphs, articleLength: number): void {
  if (node.nodeType === TEXT_NODE) {
    paragraphs.add(node.textContent ?? '');
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (tag === 'br') {
    paragraphs.lineBreak();
    return;
  }
  if (isFurniture(node, articleLength) || isPointer(node) || isCaptionList(node)) return;
  const block = BLOCKS.has(tag);
  if (block) paragraphs.end();
  for (const child of node.childNodes) collect(child, paragraphs, articleLength);
  if (block) paragraphs.end();
}

/** The paragraphs of an article's content element, in reading order. */
export function articleParagraphs(content: Node): string[] {
  const paragraphs = new Paragraphs();
  // The content element itself is the article, whatever its class says.
  const articleLength = (content.textContent ?? '').length;
  for (const child of content.childNodes) collect(child, paragraphs, articleLength);
  paragraphs.end();
  return paragraphs.done;
}

/** The text stored for an article: its paragraphs, separated by one blank line, ending with a line break. */
export function storedText(paragraphs: readonly string[]): string {
  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`;
}
