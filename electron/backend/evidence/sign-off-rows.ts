import { createHash } from 'node:crypto';
import type { SignOff, SignOffState } from '../../../shared/evidence/sign-off';
import type { Db } from '../db/db-handle';
import { appendTrailEntry } from '../trail/append-entry';

const pngHash = (dataUrl: string) =>
  createHash('sha256')
    .update(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'))
    .digest('hex');

/** Stores the signature and its chain entry (the PNG's hash as the entry's photo hash). Inside a write. */
export function writeSignOff(db: Db, s: Omit<SignOff, 'entryHash'>): SignOff {
  db.prepare(
    `INSERT INTO audit_signoffs (audit_id, name, role, signature_png, signed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (audit_id) DO UPDATE SET name = excluded.name, role = excluded.role, signature_png = excluded.signature_png, signed_at = excluded.signed_at`,
  ).run(s.auditId, s.name, s.role, s.signaturePng, s.signedAt);
  const entry = appendTrailEntry(db, {
    auditId: s.auditId,
    at: s.signedAt,
    field: 'signoff',
    newValue: { name: s.name, role: s.role },
    photoSha256: pngHash(s.signaturePng),
  });
  return { ...s, entryHash: entry.hash };
}

/** A reopened audit loses its signature, in the open: the row goes and an entry says whose it was. */
export function dropSignOff(db: Db, auditId: string, at: string): void {
  const row = db.prepare('SELECT name, role, signature_png FROM audit_signoffs WHERE audit_id = ?').get(auditId) as
    { name: string; role: string; signature_png: string } | undefined;
  if (!row) return;
  db.prepare('DELETE FROM audit_signoffs WHERE audit_id = ?').run(auditId);
  appendTrailEntry(db, {
    auditId,
    at,
    field: 'signoff.removed',
    oldValue: { name: row.name, role: row.role },
    reason: 'reopened',
    photoSha256: pngHash(row.signature_png),
  });
}

export function readSignOff(db: Db, auditId: string): SignOffState {
  const row = db
    .prepare('SELECT name, role, signature_png, signed_at FROM audit_signoffs WHERE audit_id = ?')
    .get(auditId) as { name: string; role: string; signature_png: string; signed_at: string } | undefined;
  if (row) {
    const hash = db
      .prepare("SELECT hash FROM audit_changes WHERE audit_id = ? AND field = 'signoff' ORDER BY seq DESC LIMIT 1")
      .pluck()
      .get(auditId) as string | undefined;
    return {
      current: {
        auditId,
        name: row.name,
        role: row.role,
        signaturePng: row.signature_png,
        signedAt: row.signed_at,
        entryHash: hash ?? null,
      },
      lost: null,
    };
  }
  const removed = db
    .prepare(
      "SELECT old_json, at FROM audit_changes WHERE audit_id = ? AND field = 'signoff.removed' ORDER BY seq DESC LIMIT 1",
    )
    .get(auditId) as { old_json: string; at: string } | undefined;
  if (!removed) return { current: null, lost: null };
  const signed = db
    .prepare("SELECT at FROM audit_changes WHERE audit_id = ? AND field = 'signoff' ORDER BY seq DESC LIMIT 1")
    .pluck()
    .get(auditId) as string | undefined;
  let who = { name: '', role: '' };
  try {
    who = { ...who, ...(JSON.parse(removed.old_json) as { name: string; role: string } | null) };
  } catch {
    // a privacy purge may have emptied the entry's text: the loss itself is still shown
  }
  return {
    current: null,
    lost: { name: who.name, role: who.role, signedAt: signed ?? removed.at, lostAt: removed.at },
  };
}
