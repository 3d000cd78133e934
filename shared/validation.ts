import type { z } from 'zod';
import type { FieldIssue, FieldRule } from './result';

/** Turns a zod failure into field issues with stable rule keys (no zod wording reaches users). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(input)';
    let rule: FieldRule = 'invalid';
    let limit: number | undefined;
    if (issue.code === 'too_small') {
      limit = Number(issue.minimum);
      rule = limit <= 1 && issue.origin === 'string' ? 'required' : 'tooShort';
    } else if (issue.code === 'too_big') {
      rule = 'tooLong';
      limit = Number(issue.maximum);
    } else if (issue.code === 'invalid_format' && issue.format === 'email') {
      rule = 'email';
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      rule = 'required';
    }
    return limit === undefined ? { field, rule } : { field, rule, limit };
  });
}

export function describeIssues(issues: FieldIssue[]): string {
  const words: Record<FieldRule, string> = {
    required: 'is required',
    tooLong: 'is too long',
    tooShort: 'is too short',
    email: 'is not a valid e-mail address',
    invalid: 'is not valid',
  };
  return issues
    .map(
      (i) =>
        `${i.field} ${words[i.rule]}${i.limit !== undefined && i.rule !== 'required' ? ` (limit ${i.limit})` : ''}`,
    )
    .join('; ');
}
