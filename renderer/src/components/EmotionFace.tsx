/** Drawn, not an emoji: emoji fonts are missing on many machines and in printed reports. */
const MOUTH: Record<number, string> = {
  1: 'M7 17 Q12 12 17 17',
  2: 'M7.5 16.5 Q12 14 16.5 16.5',
  3: 'M7.5 15.5 L16.5 15.5',
  4: 'M7.5 14.5 Q12 17.5 16.5 14.5',
  5: 'M7 13.5 Q12 19.5 17 13.5',
};
export const EMOTION_COLORS: Record<number, string> = {
  1: '#b3261e',
  2: '#d9730d',
  3: '#8a8f98',
  4: '#3a7d44',
  5: '#1f6f8b',
};

export function EmotionFace({ level, size = 22 }: { level: number; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" className="emotion-face">
      <circle cx="12" cy="12" r="10" fill={EMOTION_COLORS[level] ?? '#ccc'} />
      {level === 1 ? (
        <path d="M7 8 L10 9.5 M17 8 L14 9.5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      ) : null}
      <circle cx="9" cy="10.5" r="1.3" fill="#fff" />
      <circle cx="15" cy="10.5" r="1.3" fill="#fff" />
      <path d={MOUTH[level] ?? MOUTH[3]} stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" />
    </svg>
  );
}
