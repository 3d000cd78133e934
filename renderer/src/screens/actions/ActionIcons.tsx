import type { ActionPriority } from '../../../../shared/domain/action';

/** A warning triangle: goes with the word "Overdue", never instead of it. */
export function OverdueIcon() {
  return (
    <svg className="action-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15.2 14H.8z" fill="currentColor" />
      <path d="M8 6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="12" r="1" fill="#fff" />
    </svg>
  );
}

/** Bars like a signal meter: one, two or three filled, beside the priority's name. */
export function PriorityIcon({ priority }: { priority: ActionPriority }) {
  const filled = priority === 'high' ? 3 : priority === 'medium' ? 2 : 1;
  return (
    <svg
      className="action-icon priority-icon"
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {[0, 1, 2].map((i) => (
        <rect
          key={i}
          x={1 + i * 5}
          y={10 - i * 4}
          width="4"
          height={5 + i * 4}
          rx="1"
          fill="currentColor"
          opacity={i < filled ? 1 : 0.22}
        />
      ))}
    </svg>
  );
}
