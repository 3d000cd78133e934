import type { TouchpointKind } from '../../../shared/domain/template';

/** Kinds carry an icon and a label, never colour alone. */
export function KindIcon({ kind, size = 16 }: { kind: TouchpointKind; size?: number }) {
  const common = {
    width: size,
    height: size,
    viewBox: '0 0 24 24',
    'aria-hidden': true,
    focusable: false,
    className: `kind-icon kind-${kind}`,
  } as const;
  if (kind === 'digital')
    return (
      <svg {...common}>
        <rect x="3" y="4" width="18" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M8 20h8M12 16v4" stroke="currentColor" strokeWidth="2" />
      </svg>
    );
  if (kind === 'human')
    return (
      <svg {...common}>
        <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    );
  return (
    <svg {...common}>
      <path d="M3 10l9-6 9 6v10H3z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M9 20v-6h6v6" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
