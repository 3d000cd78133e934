import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryHash, entryHashText, type ChainedContent } from '../../../electron/backend/trail/entry-hash';
import { canonicalJson } from '../../../shared/canonical-json';

/** Text of any kind: every script, JSON's escapes, lone surrogates (JSON.stringify escapes them). */
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\u2028', '\ud800'));
const maybe = fc.option(text, { nil: null });

const content: fc.Arbitrary<ChainedContent> = fc.record({
  audit_id: text,
  at: text,
  field: text,
  touchpoint_id: maybe,
  criterion_id: maybe,
  old_json: maybe,
  new_json: maybe,
  actor: text,
  device: text,
  reason: maybe,
  photo_sha256: maybe,
  prev_hash: maybe,
});

/** The chain's definition: canonical JSON (sorted keys) of the content and the version tag. */
const definedText = (row: ChainedContent) =>
  canonicalJson({
    v: 1,
    audit_id: row.audit_id,
    at: row.at,
    field: row.field,
    touchpoint_id: row.touchpoint_id,
    criterion_id: row.criterion_id,
    old_json: row.old_json,
    new_json: row.new_json,
    actor: row.actor,
    device: row.device,
    reason: row.reason,
    photo_sha256: row.photo_sha256,
    prev_hash: row.prev_hash,
  });

describe("a trail entry's hashed text", () => {
  it('is the canonical JSON of its content and version, for any content', () => {
    fc.assert(
      fc.property(content, (row) => {
        expect(entryHashText(row)).toBe(definedText(row));
        expect(JSON.parse(entryHashText(row))).toEqual({ v: 1, ...row });
      }),
      { numRuns: process.env.MUTATION ? 100 : 1_000 },
    );
  });

  it('keeps the format stored chains were hashed in: one entry, its text and hash written out', () => {
    const row: ChainedContent = {
      audit_id: 'a-1',
      at: '2027-01-01T10:00:00.000Z',
      field: 'answer',
      touchpoint_id: 'tp-1',
      criterion_id: 'c-1',
      old_json: 'null',
      new_json: '{"kind":"scale","value":4}',
      actor: 'Ioana Pop',
      device: 'laptop-1',
      reason: null,
      photo_sha256: null,
      prev_hash: null,
    };
    const expected =
      '{"actor":"Ioana Pop","at":"2027-01-01T10:00:00.000Z","audit_id":"a-1","criterion_id":"c-1","device":"laptop-1",' +
      '"field":"answer","new_json":"{\\"kind\\":\\"scale\\",\\"value\\":4}","old_json":"null","photo_sha256":null,' +
      '"prev_hash":null,"reason":null,"touchpoint_id":"tp-1","v":1}';
    expect(entryHashText(row)).toBe(expected);
    expect(entryHash(row)).toBe(createHash('sha256').update(expected).digest('hex'));
  });
});
