import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Device tokens and invite codes are stored only as their SHA-256: a copy of the database signs nobody in. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const newDeviceToken = () => `jah_${randomBytes(32).toString('base64url')}`;

/** Letters and digits that cannot be mistaken for each other when read aloud or typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function newInviteCode(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
