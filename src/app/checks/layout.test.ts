/**
 * The codebase's layout rules (docs/ARCHITECTURE.md, decision 021), checked on the source tree:
 * - each capability keeps one use case per file in `use-cases/`, named verb-noun;
 * - SQL is written only in data access (`data/`), and a table is read from and written to only by
 *   the capability that owns it (others may join it in their own queries);
 * - no source folder holds more than 20 files side by side.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../..');
const rel = (file: string) => path.relative(SRC, file);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const FILES = walk(SRC).filter((f) => /\.tsx?$/.test(f));
const isTest = (f: string) => /\.test\.tsx?$/.test(f) || f.endsWith('.cases.ts');
const SOURCES = FILES.filter((f) => !isTest(f));
const capabilityOf = (file: string) => rel(file).split(path.sep)[0]!;

/** The capability that owns each table: its `data/` alone selects from, inserts, updates and deletes it. */
const OWNERS: Record<string, string> = {
  users: 'accounts',
  invitations: 'accounts',
  auth_sessions: 'accounts',
  password_resets: 'accounts',
  login_throttle: 'accounts',
  password_reset_requests: 'accounts',
  organisations: 'organisation',
  organisation_logos: 'organisation',
  offers: 'organisation',
  audit_events: 'audit',
  outbox_emails: 'email',
  bilans: 'bilans',
  bilan_phase_changes: 'bilans',
  bilan_consents: 'bilans',
  charter_signatures: 'bilans',
  bilan_phase_records: 'bilans',
  seances: 'seances',
  attendance_signatures: 'seances',
  bilan_financings: 'financing',
  bilan_documents: 'documents',
  document_signatures: 'documents',
  signature_links: 'documents',
  follow_ups: 'after',
  evaluations: 'after',
  edof_declarations: 'after',
  leads: 'intake',
  lead_status_changes: 'intake',
  lead_interviews: 'intake',
  questionnaire_assignments: 'questionnaires',
  questionnaire_comments: 'questionnaires',
  worksheet_library: 'worksheets',
  feedback_invitations: 'feedback',
  external_test_results: 'external-tests',
  portfolio_experiences: 'portfolio',
  portfolio_competences: 'portfolio',
  portfolio_domains: 'portfolio',
  portfolio_evidence: 'portfolio',
  portfolio_rejected_proposals: 'portfolio',
  portfolio_comments: 'portfolio',
  exploration_pistes: 'exploration',
  exploration_training_needs: 'exploration',
  exploration_enquetes: 'exploration',
  exploration_set_aside_suggestions: 'exploration',
  action_plan_steps: 'action-plan',
  shares: 'sharing',
  share_accesses: 'sharing',
  syntheses: 'synthese',
  synthese_sections: 'synthese',
  synthese_proposals: 'synthese',
  synthese_versions: 'synthese',
  synthese_comments: 'synthese',
  synthese_approvals: 'synthese',
  privacy_requests: 'privacy',
  quality_complaints: 'quality',
  quality_improvement_actions: 'quality',
  quality_published_results: 'quality',
  bpf_filings: 'bpf',
  bpf_external_consultants: 'bpf',
  bpf_reminders: 'bpf',
  bilan_destructions: 'lifecycle',
  retention_agreements: 'lifecycle',
  destruction_certificates: 'lifecycle',
};
const ownerOf = (table: string) => OWNERS[table] ?? (table.startsWith('rome_') ? 'catalog' : undefined);

/** Names of the values (not types) a module exports. */
function exportedValues(text: string): string[] {
  const names = [...text.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)].map((m) => m[1]!);
  for (const m of text.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) names.push(name.split(' as ').pop()!.trim());
    }
  }
  return names;
}

const SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql`|\bsql\.raw\(/;

describe('the layout of the code', () => {
  it('keeps one use case per file, named verb-noun, in each use-cases folder', () => {
    const problems: string[] = [];
    for (const file of SOURCES.filter((f) => rel(f).split(path.sep)[1] === 'use-cases')) {
      const values = exportedValues(readFileSync(file, 'utf8'));
      if (values.length !== 1) problems.push(`${rel(file)} exports ${values.length} values: ${values.join(', ')}`);
      else if (!/^[a-z]+(-[a-z0-9]+)+\.ts$/.test(path.basename(file)))
        problems.push(`${rel(file)} is not named verb-noun`);
    }
    expect(problems).toEqual([]);
  });

  it('writes SQL only in data access', () => {
    const outside = SOURCES.filter(
      (f) =>
        !['app', 'platform', 'shared', 'ui'].includes(capabilityOf(f)) &&
        rel(f).split(path.sep)[1] !== 'data' &&
        SQL.test(readFileSync(f, 'utf8')),
    ).map(rel);
    expect(outside).toEqual([]);
  });

  it('lets only the owner of a table read from and write to it', () => {
    const problems: string[] = [];
    for (const file of SOURCES.filter((f) => rel(f).split(path.sep)[1] === 'data')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\.(selectFrom|insertInto|updateTable|deleteFrom)\(\s*'(\w+)/g)) {
        const owner = ownerOf(m[2]!);
        if (owner !== capabilityOf(file)) problems.push(`${rel(file)}: ${m[1]}('${m[2]}') belongs to ${owner}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no source folder holding more than 20 files side by side', () => {
    const dirs = new Set(FILES.map((f) => path.dirname(f)));
    const crowded = [...dirs]
      .map((dir) => ({
        dir: rel(dir) || 'src',
        files: readdirSync(dir).filter((n) => statSync(path.join(dir, n)).isFile()).length,
      }))
      .filter((d) => d.files > 20);
    expect(crowded).toEqual([]);
  });
});
