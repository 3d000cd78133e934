import { useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Touchpoint } from '../../../../shared/domain/template';
import { keyToAction, type WalkAction } from './walk-keys';

/** After a 1 on a 0–10 scale, how long a 0 still makes it 10 before the walk moves on. */
export const TEN_WAIT_MS = 1000;
/** A 0 this soon after a 1 that already moved on still means "10" for that criterion. */
export const TEN_LATE_MS = 2500;
/** A letter that is not a key of the walk means text is being typed: keys rest this long after the last one. */
export const TYPING_PAUSE_MS = 1500;
/** A letter key's effect undone when text turns out to be typed within this time. */
const TYPING_UNDO_MS = 1200;

interface WalkKeyHandlers {
  touchpoint: Touchpoint | null;
  active: number;
  rtl: boolean;
  readOnly: boolean;
  answerOf(criterionIndex: number): AnswerValue | null;
  answer(criterionIndex: number, value: AnswerValue | null, advance: boolean): void;
  setActive(criterionIndex: number): void;
  move(delta: 1 | -1): void;
  step(delta: 1 | -1): void;
  openNote(): void;
  emotion(value: 1 | 2 | 3 | 4 | 5): void;
  undo(): void;
  help(): void;
}

const FIELD = 'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"]';
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"]';
const LETTER_KEYS = new Set(['j', 'k', 'n', 'y', 'x']);

/**
 * The walk's keys (see walk-keys.ts for the map), with the guards that keep typing from being
 * taken as answers: nothing in a field or dialog; Enter and Space press the focused button
 * instead of opening a note; a letter that is not a key means text is being typed, so the keys
 * rest (and a letter key's answer or move made just before is undone) until typing stops.
 */
export function useWalkKeys(h: WalkKeyHandlers): { typingPaused: boolean } {
  const handlers = useRef(h);
  handlers.current = h;
  const [typingPaused, setTypingPaused] = useState(false);

  useEffect(() => {
    let pendingOne: { timer: number; criterion: number; touchpoint: string } | null = null;
    let lateOne: { criterion: number; touchpoint: string; at: number } | null = null;
    let pausedUntil = 0;
    let pauseTimer: number | undefined;
    let lastLetter: { at: number; revert(): void } | null = null;

    const pause = (now: number) => {
      pausedUntil = now + TYPING_PAUSE_MS;
      setTypingPaused(true);
      window.clearTimeout(pauseTimer);
      pauseTimer = window.setTimeout(() => setTypingPaused(false), TYPING_PAUSE_MS);
      if (lastLetter && now - lastLetter.at < TYPING_UNDO_MS) lastLetter.revert();
      lastLetter = null;
    };

    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest?.(FIELD) || e.defaultPrevented) {
        if (e.key === 'Escape' && target.matches('input, textarea')) (target as HTMLInputElement).blur();
        return;
      }
      const c = handlers.current;
      if (!c.touchpoint) return;
      // Enter and Space belong to the focused button or link (a sidebar item, a photo, a tab).
      if ((e.key === 'Enter' || e.key === ' ') && target.closest?.(PRESSABLE)) return;
      const now = Date.now();
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
      const isLetter = plain && e.key.length === 1 && /\p{L}/u.test(e.key);
      if (isLetter && !LETTER_KEYS.has(e.key.toLowerCase())) return pause(now);
      if (now < pausedUntil && plain && (e.key.length === 1 || e.key === 'Enter' || e.key === 'Backspace')) {
        // Still typing: the keys rest a little longer.
        pausedUntil = now + TYPING_PAUSE_MS;
        e.preventDefault();
        return;
      }
      const index = c.active;
      const criterion = c.touchpoint.criteria[index] ?? null;
      const action: WalkAction | null = keyToAction(e, criterion?.scale ?? null, criterion?.allowNa ?? false, c.rtl);
      if (!action) {
        // A 0 a moment after a 1 that already moved on: the auditor meant 10 there.
        if (lateOne && /^(Digit|Numpad)0$/.test(e.code) && now - lateOne.at < TEN_LATE_MS && plain) {
          if (lateOne.touchpoint === c.touchpoint.id) c.answer(lateOne.criterion, { kind: 'scale', value: 10 }, false);
          lateOne = null;
          e.preventDefault();
        }
        return;
      }
      e.preventDefault();
      lateOne = null;
      if (isLetter) {
        const before = c.answerOf(index);
        const tp = c.touchpoint.id;
        lastLetter = {
          at: now,
          revert: () => {
            const cur = handlers.current;
            if (action.type === 'answer' && cur.touchpoint?.id === tp) {
              cur.answer(index, before, false);
              cur.setActive(index);
            } else if (action.type === 'nextCriterion') cur.move(-1);
            else if (action.type === 'prevCriterion') cur.move(1);
          },
        };
      } else lastLetter = null;
      switch (action.type) {
        case 'answer':
          return c.answer(index, action.value, true);
        case 'digit10': {
          if (pendingOne && pendingOne.criterion === index && pendingOne.touchpoint === c.touchpoint.id) {
            window.clearTimeout(pendingOne.timer);
            pendingOne = null;
            if (action.digit === 0) return c.answer(index, { kind: 'scale', value: 10 }, true);
          } else if (pendingOne) {
            window.clearTimeout(pendingOne.timer);
            pendingOne = null;
          }
          if (action.digit === 1) {
            // Shown and saved at once; "1" may still become "10", so the walk waits before moving on.
            c.answer(index, { kind: 'scale', value: 1 }, false);
            const touchpoint = c.touchpoint.id;
            pendingOne = {
              criterion: index,
              touchpoint,
              timer: window.setTimeout(() => {
                pendingOne = null;
                lateOne = { criterion: index, touchpoint, at: Date.now() };
                const cur = handlers.current;
                if (cur.touchpoint?.id === touchpoint && cur.active === index) cur.move(1);
              }, TEN_WAIT_MS),
            };
            return;
          }
          return c.answer(index, { kind: 'scale', value: action.digit }, true);
        }
        case 'nextCriterion':
          return c.move(1);
        case 'prevCriterion':
          return c.move(-1);
        case 'nextTouchpoint':
          return c.step(1);
        case 'prevTouchpoint':
          return c.step(-1);
        case 'openNote':
          return c.openNote();
        case 'clear':
          return c.answer(index, null, false);
        case 'emotion':
          return c.readOnly ? undefined : c.emotion(action.value);
        case 'undo':
          return c.readOnly ? undefined : c.undo();
        case 'help':
          return c.help();
        case 'focusChannel':
          // The active criterion's channel field; Esc leaves it, Tab goes to the next channel.
          return document
            .querySelector<HTMLInputElement>(`.criterion.active [data-channel-index="${action.index}"]`)
            ?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(pauseTimer);
      if (pendingOne) window.clearTimeout(pendingOne.timer);
    };
  }, []);

  return { typingPaused };
}
