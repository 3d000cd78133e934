import { describe, expect, it } from 'vitest';
import {
  answerKeys,
  keyToAction,
  touchpointKeysLabel,
  type KeyInput,
} from '../../renderer/src/screens/audit/walk-keys';
import type { Scale } from '../../shared/domain/template';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code: /^\d$/.test(k) ? `Digit${k}` : `Key${k.toUpperCase()}`,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});
const yesno: Scale = { type: 'yesno' };
const five: Scale = { type: 'scale5' };
const ten: Scale = { type: 'scale10' };
const options: Scale = {
  type: 'options',
  options: [
    { id: 'a', label: 'A', points: 2 },
    { id: 'b', label: 'B', points: 0 },
  ],
};

describe('walk keys', () => {
  it("the keyboard help's touchpoint keys say what they do, next first, in either reading direction", () => {
    const named: Record<string, string> = { '→': 'ArrowRight', '←': 'ArrowLeft', PgDn: 'PageDown', PgUp: 'PageUp' };
    for (const rtl of [false, true]) {
      const [next, previous] = touchpointKeysLabel(rtl).split(' · ');
      for (const [keys, type] of [
        [next!, 'nextTouchpoint'],
        [previous!, 'prevTouchpoint'],
      ] as const)
        for (const k of keys.split(' '))
          expect(keyToAction(key(named[k]!, { code: named[k]! }), yesno, true, rtl), `${k} (rtl ${rtl})`).toEqual({
            type,
          });
    }
  });

  it('answers yes/no with one key: 1 or Y is yes, 2 or X is no; 0 is not a yes/no key', () => {
    expect(keyToAction(key('0'), yesno, true, false)).toBeNull();
    expect(keyToAction(key('1'), yesno, true, false)).toEqual({
      type: 'answer',
      value: { kind: 'yesno', value: true },
    });
    expect(keyToAction(key('y'), yesno, true, false)).toEqual({
      type: 'answer',
      value: { kind: 'yesno', value: true },
    });
    expect(keyToAction(key('2'), yesno, true, false)).toEqual({
      type: 'answer',
      value: { kind: 'yesno', value: false },
    });
    expect(keyToAction(key('x'), yesno, true, false)).toEqual({
      type: 'answer',
      value: { kind: 'yesno', value: false },
    });
    expect(keyToAction(key('3'), yesno, true, false)).toBeNull();
  });

  it('answers 1-5 with its digit and ignores digits outside the scale', () => {
    expect(keyToAction(key('4'), five, true, false)).toEqual({ type: 'answer', value: { kind: 'scale', value: 4 } });
    expect(keyToAction(key('0'), five, true, false)).toBeNull();
    expect(keyToAction(key('6'), five, true, false)).toBeNull();
  });

  it('reads digits by physical key, so Arabic-Indic digits work', () => {
    expect(keyToAction({ ...key('٣'), code: 'Digit3' }, five, true, false)).toEqual({
      type: 'answer',
      value: { kind: 'scale', value: 3 },
    });
  });

  it('leaves 0-10 digits to the screen (1 may start 10) and picks options by number', () => {
    expect(keyToAction(key('7'), ten, true, false)).toEqual({ type: 'digit10', digit: 7 });
    expect(keyToAction(key('2'), options, true, false)).toEqual({
      type: 'answer',
      value: { kind: 'option', optionId: 'b' },
    });
    expect(keyToAction(key('3'), options, true, false)).toBeNull();
  });

  it('marks N/A with N only where N/A is allowed', () => {
    expect(keyToAction(key('n'), five, true, false)).toEqual({ type: 'answer', value: { kind: 'na' } });
    expect(keyToAction(key('N'), five, false, false)).toBeNull();
  });

  it('moves with arrows and J/K, mirrors left/right in right-to-left, opens notes, undoes, helps', () => {
    expect(keyToAction(key('ArrowDown', { code: 'ArrowDown' }), five, true, false)).toEqual({ type: 'nextCriterion' });
    expect(keyToAction(key('k'), five, true, false)).toEqual({ type: 'prevCriterion' });
    expect(keyToAction(key('ArrowRight', { code: 'ArrowRight' }), five, true, false)).toEqual({
      type: 'nextTouchpoint',
    });
    expect(keyToAction(key('ArrowRight', { code: 'ArrowRight' }), five, true, true)).toEqual({
      type: 'prevTouchpoint',
    });
    expect(keyToAction(key('Enter', { code: 'Enter' }), five, true, false)).toEqual({ type: 'openNote' });
    expect(keyToAction(key('z', { ctrlKey: true }), five, true, false)).toEqual({ type: 'undo' });
    expect(keyToAction(key('?', { code: 'Slash', shiftKey: true }), five, true, false)).toEqual({ type: 'help' });
    expect(keyToAction(key('3', { shiftKey: true }), five, true, false)).toEqual({ type: 'emotion', value: 3 });
    expect(keyToAction(key('c', { ctrlKey: true }), five, true, false)).toBeNull();
  });

  it('shows a key beside every answer it can type', () => {
    expect(answerKeys(yesno)).toEqual(['1', '2']);
    expect(answerKeys(ten)).toHaveLength(11);
    expect(answerKeys(options)).toEqual(['1', '2']);
    expect(answerKeys(channels)).toEqual(['1', '2', '3']);
  });

  it('on a per-channel question, a digit puts the cursor in that channel (the documented keys); others do nothing', () => {
    expect(keyToAction(key('2'), channels, true, false)).toEqual({ type: 'focusChannel', index: 1 });
    expect(keyToAction(key('٣', { code: 'Digit3' }), channels, true, false)).toEqual({
      type: 'focusChannel',
      index: 2,
    });
    expect(keyToAction(key('4'), channels, true, false)).toBeNull();
    expect(keyToAction(key('0'), channels, true, false)).toBeNull();
    expect(keyToAction(key('n'), channels, true, false)).toEqual({ type: 'answer', value: { kind: 'na' } });
  });
});

const channels: Scale = { type: 'perChannel', channels: ['Web', 'Phone', 'Store'] };
