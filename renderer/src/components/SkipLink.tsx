import { useEffect, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';

const SLOT_ID = 'skip-link-slot';

/** Where a screen's skip link goes: the first thing in the page, before the header, so it is the first Tab stop. */
export function SkipLinkSlot() {
  return <div id={SLOT_ID} className="skip-link-slot" />;
}

/**
 * A link past the header and the sidebar to where the work is, for keyboard users: the page's first Tab stop,
 * hidden until it has the focus. The screen that shows it says where it goes (`onSkip` moves the focus there).
 */
export function SkipLink({ label, onSkip, testId }: { label: string; onSkip(): void; testId?: string }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById(SLOT_ID)), []);
  if (!slot) return null;
  // The routes live in the address's fragment: the link must not change it, only move the focus.
  const skip = (e: MouseEvent) => {
    e.preventDefault();
    onSkip();
  };
  return createPortal(
    <a href="#" className="skip-link" onClick={skip} data-testid={testId}>
      {label}
    </a>,
    slot,
  );
}
