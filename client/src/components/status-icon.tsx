/**
 * The 16×16 disc every status icon is drawn on (assessment state, follow-up status, import
 * row). Each status has its own shape as well as its colour, so it never rests on colour alone;
 * the colour comes from `className` through `currentColor`.
 */
interface StatusIconProps {
  className: string;
  /** A solid disc, an outline ring, or a dashed ring (for "nothing to show"). */
  disc: 'filled' | 'ring' | 'dashed';
  /** A line drawn over the disc: white on a filled disc, in the icon's colour on a ring. */
  stroke?: string | null;
  /** A shape filled in the icon's colour inside a ring. */
  fill?: string | null;
}

export function StatusIcon({ className, disc, stroke, fill }: StatusIconProps) {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true">
      {disc === 'filled' && <circle cx="8" cy="8" r="7.5" fill="currentColor" />}
      {disc === 'ring' && (
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      )}
      {disc === 'dashed' && (
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeDasharray="2.5 2" />
      )}
      {fill && <path d={fill} fill="currentColor" />}
      {stroke && (
        <path
          d={stroke}
          fill="none"
          stroke={disc === 'filled' ? '#fff' : 'currentColor'}
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}
