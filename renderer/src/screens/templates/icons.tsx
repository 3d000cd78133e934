import type { ReactNode, SVGProps } from 'react';

/** Small line icons; each sits beside a text label or an accessible name, never alone. */
function Icon({ children, className = 'icon', ...rest }: SVGProps<SVGSVGElement> & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={16}
      height={16}
      aria-hidden
      focusable={false}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      {...rest}
    >
      {children}
    </svg>
  );
}

const DOTS = [6, 12, 18].flatMap((cy) => [9, 15].map((cx) => ({ cx, cy })));

export const DragIcon = () => (
  <Icon stroke="none" fill="currentColor">
    {DOTS.map(({ cx, cy }) => (
      <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="1.5" />
    ))}
  </Icon>
);

export const UpIcon = () => (
  <Icon>
    <path d="M6 14l6-6 6 6" />
  </Icon>
);

export const DownIcon = () => (
  <Icon>
    <path d="M6 10l6 6 6-6" />
  </Icon>
);

export const CopyIcon = () => (
  <Icon>
    <rect x="8" y="8" width="12" height="12" rx="1.5" />
    <path d="M16 8V5.5A1.5 1.5 0 0 0 14.5 4h-9A1.5 1.5 0 0 0 4 5.5v9A1.5 1.5 0 0 0 5.5 16H8" />
  </Icon>
);

export const TrashIcon = () => (
  <Icon>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </Icon>
);

/** Points back toward the start of the reading direction; mirrored in right-to-left layouts by CSS. */
export const BackIcon = () => (
  <Icon className="icon tpl-flip-rtl">
    <path d="M15 5l-7 7 7 7" />
  </Icon>
);

export const StarIcon = () => (
  <Icon className="icon mot-icon" fill="currentColor" strokeWidth={1.2}>
    <path d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z" />
  </Icon>
);
