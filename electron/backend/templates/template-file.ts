import type { z } from 'zod';

/**
 * Says what is wrong and where, in words a consultant can act on: "touchpoint 3 ("Checkout"),
 * criterion 2: weight must be at most 100". At most five problems are listed.
 */
export function describeTemplateProblems(error: z.ZodError, raw: unknown): string {
  const problems = error.issues.slice(0, 5).map((issue) => `${locate(issue.path, raw)}: ${explain(issue)}`);
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more problems)` : '';
  return `${problems.join('; ')}${more}.`;
}

function locate(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return 'the file';
  const parts: string[] = [];
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const parent = String(path[i - 1] ?? '');
      const noun =
        parent === 'touchpoints'
          ? 'touchpoint'
          : parent === 'criteria'
            ? 'criterion'
            : parent === 'stages'
              ? 'stage'
              : parent === 'options'
                ? 'option'
                : parent === 'channels'
                  ? 'channel'
                  : 'item';
      const name =
        typeof next === 'object' && next !== null
          ? ((next as Record<string, unknown>).name ??
            (next as Record<string, unknown>).question ??
            (next as Record<string, unknown>).label)
          : undefined;
      parts.pop();
      parts.push(`${noun} ${key + 1}${typeof name === 'string' ? ` ("${name.slice(0, 40)}")` : ''}`);
    } else parts.push(`"${String(key)}"`);
    node = next;
  }
  return parts.join(', ');
}

function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is missing (expected ${issue.expected})` : `should be ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} entries`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} entries`
        : issue.origin === 'string'
          ? `is longer than ${issue.maximum} characters`
          : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'is not one of the allowed forms (check "type")';
    default:
      return issue.message;
  }
}
