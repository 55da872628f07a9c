/**
 * Random tokens for cookies and e-mailed links. Only their SHA-256 is stored with what they open,
 * so a copy of those tables cannot be used to sign in or accept an invitation. The e-mail that
 * carries a link holds it only until it is delivered by SMTP or expires; on a trial installation
 * (no SMTP) the outbox is the way to pass it on, and admins open it only through an audited
 * reading (decision 026).
 */
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
