/** The client representative's signature on a completed audit; gone (and said so) when the audit is reopened. */
export interface SignOff {
  auditId: string;
  name: string;
  role: string;
  /** The drawn signature as a PNG data URL (signature_pad's output). */
  signaturePng: string;
  signedAt: string;
  /** The chain entry the signature is: its hash, printed on the cover beside the signature. */
  entryHash: string | null;
}

export const SIGNOFF_TEXT_MAX = 120;
/** A drawn signature is a small PNG; 400 KB of base64 is far above any real one. */
export const SIGNATURE_MAX_CHARS = 400_000;

/** What the audit screen shows: the signature in force, or the one a reopening took away. */
export interface SignOffState {
  current: SignOff | null;
  /** The last signature removed by a reopening (name, role, when signed, when lost), when there is no current one. */
  lost: { name: string; role: string; signedAt: string; lostAt: string } | null;
}
