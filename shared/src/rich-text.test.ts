import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richTextBlocks, safeHref, type RichBlock } from './rich-text';

/** Every link address and every text of the tree. */
function walk(blocks: RichBlock[]): { hrefs: string[]; texts: string[] } {
  const hrefs: string[] = [];
  const texts: string[] = [];
  const visit = (block: RichBlock): void => {
    if (block.type === 'list') {
      block.items.forEach((item) => item.forEach(visit));
      return;
    }
    for (const inline of block.children) {
      if (inline.type === 'link') {
        hrefs.push(inline.href);
        texts.push(inline.text);
      } else texts.push(inline.value);
    }
  };
  blocks.forEach(visit);
  return { hrefs, texts };
}

describe('richTextBlocks', () => {
  it('keeps paragraphs, lists and links', () => {
    const text =
      'Resultatet ökade.\n\n- Fler elever\n- Se [rapporten](https://ludvika.se/r)\n\n1. ett';
    expect(richTextBlocks(text)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Resultatet ökade.' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'paragraph', children: [{ type: 'text', value: 'Fler elever' }] }],
          [
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: 'Se ' },
                { type: 'link', href: 'https://ludvika.se/r', text: 'rapporten' },
              ],
            },
          ],
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'ett' }] }]],
      },
    ]);
  });

  it('lets no script, event attribute or javascript: link through', () => {
    const hostile = [
      '<script>alert(1)</script>',
      'Text <img src=x onerror=alert(1)> mer',
      '<div onclick="alert(1)">klick</div>',
      '[klicka](javascript:alert(1))',
      '[klicka](JaVaScRiPt:alert(1))',
      '[klicka](java%0ascript:alert(1))',
      '[klicka](data:text/html;base64,PHNjcmlwdD4=)',
      '[klicka](vbscript:msgbox)',
      '<a href="javascript:alert(1)">a</a>',
      '![bild](https://x.se/a.png "t")',
      '[ref]: javascript:alert(1)\n\n[ref]',
      '<iframe src="https://x.se"></iframe>',
    ].join('\n\n');
    const { hrefs, texts } = walk(richTextBlocks(hostile));
    expect(hrefs).toEqual([]);
    const all = texts.join(' ');
    expect(all).not.toMatch(/<|>|onerror|onclick/);
    expect(all).toContain('klicka');
  });

  it('gives only http(s) and mailto addresses and no markup in any text, whatever is written', () => {
    const piece = fc.constantFrom(
      '<script>',
      '</script>',
      '<img src=x onerror=alert(1)>',
      '[a](javascript:alert(1))',
      '[b](https://ok.se)',
      '[c](mailto:a@b.se)',
      '- ',
      '\n\n',
      '\n',
      '*',
      '`',
      '#',
      '>',
      'text',
      '"',
      "'",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 25 }),
        (parts) => {
          const { hrefs } = walk(richTextBlocks(parts.join('')));
          for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
        },
      ),
    );
  });
});

describe('safeHref', () => {
  it('accepts absolute http(s) and mailto addresses only', () => {
    expect(safeHref('https://ludvika.se')).toBe('https://ludvika.se/');
    expect(safeHref('mailto:a@b.se')).toBe('mailto:a@b.se');
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('/relativ')).toBeNull();
  });
});
