/**
 * What use cases receive: the database, the clock, the password hasher, the logger, the ports to
 * the audit log, the e-mail outbox, single-use tokens and the PDF renderer, and the few settings
 * they need. Built once by the app (`app/ports.ts`, in main.ts or a test) and passed in; no globals.
 */
import type { Clock } from './clock.ts';
import type { Db } from './db/kysely.ts';
import type { Logger } from './logger.ts';
import type { PasswordHasher } from './security/password-hasher.ts';
import type { Kysely } from 'kysely';
import type { AuditEvent } from '../audit/contracts/event-catalogue.ts';
import type { ContentRead } from '../audit/contracts/content-reads.ts';
import type { Database } from './db/database.ts';
import type { EmailMessage } from '../email/domain/message.ts';
import type { PdfDocument } from '../documents/domain/model.ts';
import type { Caches } from './cache/caches.ts';
import type { Role } from '../accounts/domain/users.ts';

export interface Deps {
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
  log: Logger;
  /** Base URL for links in e-mails, without trailing slash. */
  publicUrl: string;
  /**
   * 'smtp' when SMTP_URL is set; otherwise (a trial installation) e-mails stay in the outbox for
   * admins to read, personal links through an audited opening (decision 026).
   */
  mailDelivery: 'smtp' | 'outbox';
  /** Read caches, kept true by the database's change notifications (off in most tests). */
  caches: Caches;
  /** Called after a transaction that queued e-mails has committed (delivery is asynchronous). */
  emailsQueued: () => void;
  audit: AuditLog;
  outbox: Outbox;
  tokens: Tokens;
  pdf: PdfRenderer;
}

/** Who did it, from where. `userId` is null for anonymous attempts (e.g. a failed login). */
export interface AuditContext {
  organisationId: string | null;
  userId: string | null;
  role: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** An event of the audit log; `bilanId` ties it to a bilan when its subject is not the bilan. */
export type AuditRecord = AuditEvent & { bilanId?: string };

export interface AuditLog {
  /** Writes the event in the transaction of the change it records (`db` is that transaction). */
  record(db: Kysely<Database>, context: AuditContext, event: AuditRecord, at: Date): Promise<void>;
  /**
   * Records a read of a bilan's content (`content.read`, decision 049) by anyone but its
   * beneficiary: for a beneficiary (the use case has already reached their own bilan) nothing is
   * sent to the database. One statement, which writes nothing when the same read (person, bilan,
   * category, subject) was recorded within `READ_DEDUP_MINUTES`.
   */
  recordRead(db: Kysely<Database>, actor: Actor, read: ContentRead, at: Date): Promise<void>;
}

export interface OutgoingEmail {
  organisationId: string | null;
  /** What the message is about (`invitation`, `seance_planned`…), for the admin's outbox. */
  kind: string;
  to: string;
  message: EmailMessage;
  /**
   * The personal single-use link the message carries, when its token is a credential (decision
   * 026): the admin's outbox never lists it, and it is removed from the stored message once
   * delivered or expired. The message's text must contain `url`.
   */
  personalLink?: { url: string; expiresAt: Date };
}

export interface Outbox {
  /** Queues the message in the transaction that causes it; delivered after commit. Returns its id. */
  enqueue(db: Kysely<Database>, email: OutgoingEmail, at: Date): Promise<string>;
}

export interface Tokens {
  /** A random single-use token for a link or a cookie, and the SHA-256 that is stored instead. */
  create(): { token: string; hash: Buffer };
  hash(token: string): Buffer;
}

export interface PdfRenderer {
  /** The PDF of a document model; the same model gives the same bytes. */
  render(document: PdfDocument): Buffer;
}

/** Where a request comes from (for the audit log). */
export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

/** A signed-in user acting through a request. */
export interface Actor extends Origin {
  userId: string;
  organisationId: string;
  role: Role;
  firstName: string;
  lastName: string;
}

export function auditContext(actor: Actor): AuditContext {
  return {
    organisationId: actor.organisationId,
    userId: actor.userId,
    role: actor.role,
    ip: actor.ip,
    userAgent: actor.userAgent,
  };
}

export function fullName(person: { first_name: string; last_name: string }): string {
  return `${person.first_name} ${person.last_name}`;
}
