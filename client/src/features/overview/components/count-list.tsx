import type { ReactNode } from 'react';

export interface CountItem {
  key: string;
  icon: ReactNode;
  count: number;
  /** Lower case, read after the count: "3 ej uppnått, men bättre än året före". */
  label: string;
}

/** How many measures are in each state, in words and numbers, each with its icon. */
export function CountList({ items, label }: { items: readonly CountItem[]; label: string }) {
  return (
    <ul className="state-counts__list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={item.count === 0 ? 'state-counts__item--zero' : undefined}>
          {item.icon}
          {item.count} {item.label}
        </li>
      ))}
    </ul>
  );
}
