import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Scale } from '../../../../shared/domain/template';

export type WalkAction =
  | { type: 'answer'; value: AnswerValue }
  | { type: 'digit10'; digit: number }
  | { type: 'nextCriterion' }
  | { type: 'prevCriterion' }
  | { type: 'nextTouchpoint' }
  | { type: 'prevTouchpoint' }
  | { type: 'openNote' }
  | { type: 'emotion'; value: 1 | 2 | 3 | 4 | 5 }
  /** On a per-channel question: type that channel's answer (its field takes the focus). */
  | { type: 'focusChannel'; index: number }
  | { type: 'undo' }
  | { type: 'clear' }
  | { type: 'help' };

export interface KeyInput {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The keyboard help's keys for the next touchpoint, then the previous one: the arrows follow the reading direction,
 * as `keyToAction` reads them.
 */
export function touchpointKeysLabel(rtl: boolean): string {
  return rtl ? '← PgDn · → PgUp' : '→ PgDn · ← PgUp';
}

/** What a key in the walk means for the active criterion. Pure, so the whole key map is unit-tested. */
export function keyToAction(e: KeyInput, scale: Scale | null, allowNa: boolean, rtl: boolean): WalkAction | null {
  const key = e.key;
  if ((e.ctrlKey || e.metaKey) && !e.altKey && key.toLowerCase() === 'z') return { type: 'undo' };
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  // Shift+1..5 sets the emotion at this touchpoint (by physical key, whatever the keyboard layout prints).
  const digitCode = /^(?:Digit|Numpad)(\d)$/.exec(e.code);
  if (e.shiftKey && digitCode) {
    const d = Number(digitCode[1]);
    return d >= 1 && d <= 5 ? { type: 'emotion', value: d as 1 | 2 | 3 | 4 | 5 } : null;
  }
  switch (key) {
    case '?':
      return { type: 'help' };
    case 'ArrowDown':
    case 'j':
    case 'J':
      return { type: 'nextCriterion' };
    case 'ArrowUp':
    case 'k':
    case 'K':
      return { type: 'prevCriterion' };
    case 'ArrowRight':
      return { type: rtl ? 'prevTouchpoint' : 'nextTouchpoint' };
    case 'ArrowLeft':
      return { type: rtl ? 'nextTouchpoint' : 'prevTouchpoint' };
    case 'PageDown':
      return { type: 'nextTouchpoint' };
    case 'PageUp':
      return { type: 'prevTouchpoint' };
    case 'Enter':
      return { type: 'openNote' };
    case 'Backspace':
    case 'Delete':
      return { type: 'clear' };
    case 'n':
    case 'N':
      return allowNa ? { type: 'answer', value: { kind: 'na' } } : null;
  }
  if (!scale) return null;
  // Digits by physical key too, so an Arabic keyboard's ١٢٣ work like 123.
  const digit = digitCode ? Number(digitCode[1]) : /^\d$/.test(key) ? Number(key) : null;
  switch (scale.type) {
    case 'yesno':
      if (digit === 1 || key === 'y' || key === 'Y') return { type: 'answer', value: { kind: 'yesno', value: true } };
      // 0 is not a yes/no key: a "10" typed slowly must not answer the next question "No".
      if (digit === 2 || key === 'x' || key === 'X') return { type: 'answer', value: { kind: 'yesno', value: false } };
      return null;
    case 'scale5':
      return digit !== null && digit >= 1 && digit <= 5
        ? { type: 'answer', value: { kind: 'scale', value: digit } }
        : null;
    case 'scale10':
      return digit !== null ? { type: 'digit10', digit } : null;
    case 'options': {
      const option = digit !== null && digit >= 1 ? scale.options[digit - 1] : undefined;
      return option ? { type: 'answer', value: { kind: 'option', optionId: option.id } } : null;
    }
    case 'perChannel':
      return digit !== null && digit >= 1 && digit <= Math.min(9, scale.channels.length)
        ? { type: 'focusChannel', index: digit - 1 }
        : null;
  }
}

/** The key shown beside each answer button. */
export function answerKeys(scale: Scale): string[] {
  switch (scale.type) {
    case 'yesno':
      return ['1', '2'];
    case 'scale5':
      return ['1', '2', '3', '4', '5'];
    case 'scale10':
      return ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    case 'options':
      return scale.options.map((_, i) => (i < 9 ? String(i + 1) : ''));
    case 'perChannel':
      return scale.channels.map((_, i) => (i < 9 ? String(i + 1) : ''));
  }
}
