import { describe, expect, it } from 'vitest';
import { statementBlocks } from './statement-text';

describe('statementBlocks', () => {
  it('reads paragraphs between blank lines and "## " as a heading, never markup', () => {
    const text =
      '## Hur tillgänglig\r\n\r\nVi följer WCAG 2.1 AA.\nEn rad till.\n\n  \n<b>fet</b>\n\n';
    expect(statementBlocks(text)).toEqual([
      { kind: 'heading', text: 'Hur tillgänglig' },
      { kind: 'paragraph', text: 'Vi följer WCAG 2.1 AA.\nEn rad till.' },
      { kind: 'paragraph', text: '<b>fet</b>' },
    ]);
  });

  it('gives nothing for a blank text', () => {
    expect(statementBlocks(' \n\n ')).toEqual([]);
  });
});
