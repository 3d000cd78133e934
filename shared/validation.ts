import type { z } from 'zod';
import type { FieldIssue, FieldRule } from './result';
import { CALENDAR_DATE_MESSAGE } from './rules/dates';
import { FORBIDDEN_CHARACTERS_MESSAGE } from './rules/text';

/** A limit this large is JavaScript's own (an integer check), not one a person should read. */
const MEANINGFUL_LIMIT = 1e12;

/** Zod keeps no input in its issues: whether a value was sent at all is read from the input itself. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function classify(issue: z.core.$ZodIssue, input: unknown): { rule: FieldRule; limit?: number } {
  switch (issue.code) {
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return limit <= 1 ? { rule: 'required', limit } : { rule: 'tooShort', limit };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return Math.abs(limit) < MEANINGFUL_LIMIT ? { rule: 'tooSmall', limit } : { rule: 'tooSmall' };
      return { rule: 'tooShort', limit };
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return Math.abs(limit) < MEANINGFUL_LIMIT ? { rule: 'tooLarge', limit } : { rule: 'tooLarge' };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'tooMany', limit };
      return { rule: 'tooLong', limit };
    }
    case 'invalid_format':
      return { rule: issue.format === 'email' ? 'email' : 'invalid' };
    case 'invalid_type':
      return { rule: valueAt(input, issue.path) === undefined ? 'required' : 'wrongType' };
    case 'custom':
      if (issue.message === FORBIDDEN_CHARACTERS_MESSAGE) return { rule: 'characters' };
      if (issue.message === CALENDAR_DATE_MESSAGE) return { rule: 'date' };
      return { rule: 'invalid' };
    default:
      return { rule: 'invalid' };
  }
}

/** Turns a zod failure into field issues with stable rule keys (no zod wording reaches users). */
export function toFieldIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(input)';
    const { rule, limit } = classify(issue, input);
    return limit === undefined ? { field, rule } : { field, rule, limit };
  });
}

const WORDS: Record<FieldRule, string> = {
  required: 'is required',
  tooLong: 'is too long',
  tooShort: 'is too short',
  tooLarge: 'is too large',
  tooSmall: 'is too small',
  tooMany: 'has too many items',
  wrongType: 'has the wrong type of value',
  characters: FORBIDDEN_CHARACTERS_MESSAGE,
  date: 'is not a real calendar date (YYYY-MM-DD)',
  email: 'is not a valid e-mail address',
  invalid: 'is not valid',
};

export function describeIssues(issues: FieldIssue[]): string {
  return issues
    .map((i) => {
      const limit = i.limit === undefined || i.rule === 'required' ? '' : ` (limit ${i.limit})`;
      return `${i.field} ${WORDS[i.rule]}${limit}`;
    })
    .join('; ');
}

/** The first problem of a file's content in the rule book's words (the same the API uses), with its row number and field. */
export function describeFirstIssue(error: z.ZodError, raw: unknown): string {
  const issue = toFieldIssues(error, raw)[0]!;
  const words = describeIssues([issue]);
  return issue.field === '(input)' ? `the whole file ${words.slice('(input) '.length)}` : words;
}
