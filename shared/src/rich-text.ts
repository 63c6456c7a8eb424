import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, RootContent } from 'mdast';

// Analysis texts ("Analys och kommentar") are stored as the markdown the author wrote and shown
// as this small tree: paragraphs, lists and links, nothing else. The tree is built here, on both
// sides, and the page renders it as React elements (never as HTML), so raw HTML, scripts, event
// attributes and images cannot reach a page: HTML is dropped, every other markdown construct
// (headings, emphasis, code, quotes, tables) is kept as its plain text, and a link survives only
// with an http(s) or mailto address.

export interface RichText {
  type: 'text';
  value: string;
}
export interface RichLink {
  type: 'link';
  href: string;
  text: string;
}
export type RichInline = RichText | RichLink;
export type RichBlock =
  | { type: 'paragraph'; children: RichInline[] }
  | { type: 'list'; ordered: boolean; items: RichBlock[][] };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The address if it is an absolute http(s) or mailto one, else null (javascript:, data:, …). */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The visible text of a node: what a reader would see of it, without its markup. */
function plainText(node: Nodes): string {
  if (node.type === 'html') return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function inlines(nodes: readonly RootContent[]): RichInline[] {
  const result: RichInline[] = [];
  const push = (item: RichInline) => {
    const last = result.at(-1);
    if (item.type === 'text' && last?.type === 'text') last.value += item.value;
    else if (item.type === 'link' || item.value !== '') result.push(item);
  };
  for (const node of nodes) {
    const href = node.type === 'link' ? safeHref(node.url) : null;
    const text = plainText(node);
    if (href !== null) push({ type: 'link', href, text: text || href });
    else push({ type: 'text', value: text });
  }
  return result;
}

function paragraph(children: RichInline[]): RichBlock[] {
  const trimmed = children.filter((c) => c.type === 'link' || c.value.trim() !== '');
  return trimmed.length === 0 ? [] : [{ type: 'paragraph', children }];
}

function blocks(nodes: readonly RootContent[]): RichBlock[] {
  return nodes.flatMap((node): RichBlock[] => {
    switch (node.type) {
      case 'paragraph':
        return paragraph(inlines(node.children));
      case 'list':
        return [
          {
            type: 'list',
            ordered: node.ordered === true,
            items: node.children.map((item) => blocks(item.children)),
          },
        ];
      case 'blockquote':
        return blocks(node.children);
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return [];
      default:
        return paragraph([{ type: 'text', value: plainText(node) }]);
    }
  });
}

/** The text's paragraphs, lists and safe links; see the top of this file for what is dropped. */
export function richTextBlocks(markdown: string): RichBlock[] {
  return blocks(fromMarkdown(markdown).children);
}

function inlineText(children: readonly RichInline[]): string {
  return children
    .map((c) =>
      c.type === 'text' ? c.value : c.text === c.href ? c.href : `${c.text} (${c.href})`,
    )
    .join('')
    .trim();
}

/**
 * The tree as plain paragraphs, for a document: a link as its text with its address after it,
 * a list item as "– item" (numbered in an ordered list).
 */
export function richTextParagraphs(tree: readonly RichBlock[]): string[] {
  return tree.flatMap((block) =>
    block.type === 'paragraph'
      ? [inlineText(block.children)]
      : block.items.map(
          (item, index) =>
            `${block.ordered ? `${index + 1}.` : '–'} ${richTextParagraphs(item).join(' ')}`,
        ),
  );
}
