import { describe, expect, it } from 'vitest';
import { asSentence, inEnglish, isReason, reason, sayReason, type Reason } from '../../../shared/reasons/reason';

describe('reasons', () => {
  it('a reason is a key and its values; no values means an empty set', () => {
    expect(reason('ownBaseline')).toEqual({ key: 'ownBaseline', params: {} });
    expect(reason('naNotAllowed', { question: 'Q?' })).toEqual({ key: 'naNotAllowed', params: { question: 'Q?' } });
  });

  it('isReason accepts only a known key with a params object', () => {
    expect(isReason({ key: 'ownBaseline', params: {} })).toBe(true);
    expect(isReason({ key: 'tooBig', params: { size: 1 } })).toBe(true);
    expect(isReason(null)).toBe(false);
    expect(isReason(undefined)).toBe(false);
    expect(isReason('ownBaseline')).toBe(false);
    expect(isReason({ key: 'no-such-key', params: {} })).toBe(false);
    expect(isReason({ key: 'toString', params: {} })).toBe(false);
    expect(isReason({ key: 7, params: {} })).toBe(false);
    // A key that only turns into a known one when made a string is not a key.
    expect(isReason({ key: { toString: () => 'ownBaseline' }, params: {} })).toBe(false);
    expect(isReason({ key: ['ownBaseline'], params: {} })).toBe(false);
    expect(isReason({ key: 'ownBaseline' })).toBe(false);
    expect(isReason({ key: 'ownBaseline', params: null })).toBe(false);
    expect(isReason({ key: 'ownBaseline', params: 'x' })).toBe(false);
    expect(isReason({ params: {} })).toBe(false);
  });

  it('says nested reasons first, and passes values as they are', () => {
    const inner = reason('naNotAllowed', { question: 'Q?' });
    const outer = reason('answerRefused', { title: 'Visit', criterion: 'desk/greet', why: inner });
    const calls: [string, Record<string, string | number>][] = [];
    const said = sayReason(outer, (key, values) => {
      calls.push([key, values]);
      return `<${key}:${Object.values(values).join(',')}>`;
    });
    expect(said).toBe('<answerRefused:Visit,desk/greet,<naNotAllowed:Q?>>');
    expect(calls.map(([key]) => key)).toEqual(['naNotAllowed', 'answerRefused']);
    expect(sayReason(reason('tooBig', { size: 3, limit: '2 MB' }), (_k, v) => JSON.stringify(v))).toBe(
      '{"size":3,"limit":"2 MB"}',
    );
  });

  it('in English: placeholders filled, nested reasons said, data text never read as a placeholder', () => {
    const why: Reason = reason('naNotAllowed', { question: '{{title}}' });
    expect(inEnglish(reason('answerRefused', { title: 'Visit 1', criterion: 'desk/greet', why }))).toBe(
      'an answer of "Visit 1" at desk/greet: N/A is not allowed for "{{title}}"',
    );
    expect(inEnglish(reason('tooBig', { size: '3 MB', limit: 0 }))).toBe(
      'The package is 3 MB; at most 0 can be imported.',
    );
    // A value that is missing leaves its placeholder visible rather than saying "undefined".
    expect(inEnglish(reason('tooBig', { size: '3 MB' }))).toBe(
      'The package is 3 MB; at most {{limit}} can be imported.',
    );
    expect(inEnglish(reason('tooBig', { size: '$&', limit: '$1' }))).toBe(
      'The package is $&; at most $1 can be imported.',
    );
  });

  it('as a sentence: capitalised, with a full stop', () => {
    expect(asSentence(reason('ownBaseline'))).toBe('An audit cannot be its own baseline.');
    expect(asSentence(reason('baselineOtherClient'))).toBe('The baseline must be an audit of the same client.');
  });
});
