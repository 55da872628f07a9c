/**
 * What services receive: the database, the clock, the password hasher, the logger, and the
 * few settings they need. Built once in main.ts (or in a test) and passed in; no globals.
 */
import type { Clock } from './clock.ts';
import type { Db } from './db/kysely.ts';
import type { Logger } from './logger.ts';
import type { PasswordHasher } from './security/password-hasher.ts';
import type { AuditContext } from '../audit/data/record-audit.ts';
import type { Caches } from './cache/caches.ts';
import type { Role } from '../accounts/domain/users.ts';

export interface Deps {
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
  log: Logger;
  /** Base URL for links in e-mails, without trailing slash. */
  publicUrl: string;
  /** 'smtp' when SMTP_URL is set; otherwise e-mails stay in the outbox for admins to read. */
  mailDelivery: 'smtp' | 'outbox';
  /** Read caches, kept true by the database's change notifications (off in most tests). */
  caches: Caches;
  /** Called after a transaction that queued e-mails has committed (delivery is asynchronous). */
  emailsQueued: () => void;
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
