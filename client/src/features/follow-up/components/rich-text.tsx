import '../follow-up.css';
import { richTextBlocks, type RichBlock, type RichInline } from '@malbild/shared';

// An analysis text as React elements from shared's safe tree: paragraphs, lists and links only,
// never HTML from the text (shared/src/rich-text.ts decides what gets through).

function Inline({ inline }: { inline: RichInline }) {
  return inline.type === 'link' ? <a href={inline.href}>{inline.text}</a> : <>{inline.value}</>;
}

function Block({ block }: { block: RichBlock }) {
  if (block.type === 'paragraph') {
    return (
      <p>
        {block.children.map((inline, i) => (
          <Inline key={i} inline={inline} />
        ))}
      </p>
    );
  }
  const items = block.items.map((item, i) => (
    <li key={i}>
      {item.map((child, j) => (
        <Block key={j} block={child} />
      ))}
    </li>
  ));
  return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

export function RichText({ text }: { text: string }) {
  return (
    <div className="rich-text">
      {richTextBlocks(text).map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}
