/**
 * Random tokens for cookies and e-mailed links. Only their SHA-256 is stored, so a copy of the
 * database cannot be used to sign in or accept an invitation.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
