/**
 * The kinds of reads (decision 049): every action the beneficiary's list reads is an action of the
 * catalogue and is a read of some kind; every kind has a French label; the admin's journal names
 * what was read.
 */
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AuditEventSchema, auditActionLabel } from './event-catalogue.ts';
import { CONTENT_READ_CATEGORIES, READ_ACTIONS, READ_KINDS, READ_KIND_LABELS, readKindOf } from './content-reads.ts';

describe('the reads of a bilan’s content', () => {
  it('reads back only actions of the catalogue, each as a kind of read', () => {
    for (const action of READ_ACTIONS) {
      expect(AUDIT_ACTIONS).toContain(action);
      expect(readKindOf(action, { category: 'portfolio', document: 'synthese' })).not.toBeNull();
    }
    expect(readKindOf('bilan.viewed', {})).toBeNull();
    expect(readKindOf('content.read', { category: 'something else' })).toBeNull();
    expect(readKindOf('share.document_downloaded', { document: 'resultats' })).toBe('shared_resultats');
    expect(readKindOf('portfolio.printed', {})).toBe('portfolio_file');
  });

  it('labels every kind in French, and the admin’s journal says what was read', () => {
    for (const kind of READ_KINDS) expect(READ_KIND_LABELS[kind]).toMatch(/^[A-ZÉ][^_]+$/);
    expect(auditActionLabel('content.read', { category: 'synthese' })).toBe(
      'Contenu d’un dossier consulté : document de synthèse',
    );
    expect(auditActionLabel('content.read', {})).toBe('Contenu d’un dossier consulté');
  });

  it('accepts a category and nothing else in the event’s details', () => {
    const event = { action: 'content.read', subjectType: 'bilan', subjectId: crypto.randomUUID() };
    for (const category of CONTENT_READ_CATEGORIES)
      expect(AuditEventSchema.safeParse({ ...event, details: { category } }).success).toBe(true);
    expect(AuditEventSchema.safeParse({ ...event, details: { category: 'portfolio', title: 'x' } }).success).toBe(
      false,
    );
    expect(
      AuditEventSchema.safeParse({ ...event, subjectType: 'user', details: { category: 'portfolio' } }).success,
    ).toBe(false);
  });
});
