/** A block of the statement as the administrator wrote it. */
export type StatementBlock = { kind: 'heading' | 'paragraph'; text: string };

/**
 * The statement's text as blocks: paragraphs are separated by blank lines, and a paragraph that
 * starts with "## " is a heading. Plain text only: nothing the administrator writes is HTML.
 */
export function statementBlocks(text: string): StatementBlock[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) =>
      block.startsWith('## ')
        ? { kind: 'heading', text: block.slice(3).trim() }
        : { kind: 'paragraph', text: block },
    );
}
