/**
 * The portfolio as the beneficiary and the consultant read it, built by PostgreSQL as JSON in one
 * statement (decision 038: 60 experiences and 300 competences answer in a few milliseconds): the
 * experiences with the competences they prove, the competences with their experiences and ROME
 * label, the domains, the comments, and who created and last changed each item, by name. The
 * same statements read one item back after a save.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type {
  CommentView,
  CompetenceView,
  DomainView,
  ExperienceView,
} from '../contracts/schemas.ts';

const iso = (column: RawBuilder<unknown>) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const person = (alias: string) =>
  sql`json_build_object('id', ${sql.ref(`${alias}.id`)}, 'name', ${sql.ref(`${alias}.first_name`)} || ' ' || ${sql.ref(`${alias}.last_name`)}, 'role', ${sql.ref(`${alias}.role`)})`;
const tracked = (alias: string) => sql`
  'id', ${sql.ref(`${alias}.id`)}, 'position', ${sql.ref(`${alias}.position`)}, 'revision', ${sql.ref(`${alias}.revision`)},
  'createdAt', ${iso(sql.ref(`${alias}.created_at`))}, 'createdBy', ${person('cu')},
  'updatedAt', ${iso(sql.ref(`${alias}.updated_at`))}, 'updatedBy', ${person('uu')}`;

function experiences(where: RawBuilder<unknown>) {
  return sql`
    SELECT json_build_object(${tracked('e')},
      'kind', e.kind, 'title', e.title,
      'appellation', CASE WHEN e.appellation_code_ogr IS NULL THEN NULL
                          ELSE json_build_object('codeOgr', e.appellation_code_ogr, 'label', a.label) END,
      'employerOrContext', e.employer_or_context, 'startedOn', e.started_on, 'endedOn', e.ended_on,
      'activities', e.activities, 'achievements', e.achievements, 'liked', e.liked, 'disliked', e.disliked,
      'satisfaction', e.satisfaction,
      'competenceIds', coalesce((SELECT json_agg(ev.competence_id ORDER BY ev.competence_id)
                                   FROM portfolio_evidence ev WHERE ev.experience_id = e.id), '[]'::json)
    ) AS item, e.position, e.created_at, e.id
      FROM portfolio_experiences e
      JOIN users cu ON cu.id = e.created_by
      JOIN users uu ON uu.id = e.updated_by
      LEFT JOIN rome_appellations a ON a.code_ogr = e.appellation_code_ogr
     WHERE ${where}`;
}

function competences(where: RawBuilder<unknown>) {
  return sql`
    SELECT json_build_object(${tracked('c')},
      'kind', c.kind, 'label', c.label,
      'rome', CASE WHEN c.code_ogr IS NULL THEN NULL
                   ELSE json_build_object('codeOgr', c.code_ogr,
                          'label', coalesce((SELECT rc.label FROM rome_competences rc WHERE rc.code_ogr = c.code_ogr),
                                            (SELECT rs.label FROM rome_savoirs rs WHERE rs.code_ogr = c.code_ogr))) END,
      'level', c.level, 'wantsToUse', c.wants_to_use, 'transferable', c.transferable, 'origin', c.origin,
      'domainId', c.domain_id,
      'experienceIds', coalesce((SELECT json_agg(ev.experience_id ORDER BY ev.experience_id)
                                   FROM portfolio_evidence ev WHERE ev.competence_id = c.id), '[]'::json)
    ) AS item, c.position, c.created_at, c.id
      FROM portfolio_competences c
      JOIN users cu ON cu.id = c.created_by
      JOIN users uu ON uu.id = c.updated_by
     WHERE ${where}`;
}

function domains(where: RawBuilder<unknown>) {
  return sql`
    SELECT json_build_object(${tracked('d')}, 'label', d.label, 'macroCodeOgr', d.macro_code_ogr) AS item,
           d.position, d.created_at, d.id
      FROM portfolio_domains d
      JOIN users cu ON cu.id = d.created_by
      JOIN users uu ON uu.id = d.updated_by
     WHERE ${where}`;
}

function comments(where: RawBuilder<unknown>) {
  return sql`
    SELECT json_build_object('id', m.id,
      'target', CASE WHEN m.experience_id IS NOT NULL THEN json_build_object('type', 'experience', 'id', m.experience_id)
                     WHEN m.competence_id IS NOT NULL THEN json_build_object('type', 'competence', 'id', m.competence_id)
                     ELSE json_build_object('type', 'portfolio') END,
      'body', m.body, 'author', ${person('au')}, 'createdAt', ${iso(sql.ref('m.created_at'))}
    ) AS item, 0 AS position, m.created_at, m.id
      FROM portfolio_comments m
      JOIN users au ON au.id = m.author_id
     WHERE ${where}`;
}

const list = (rows: RawBuilder<unknown>) =>
  sql`(SELECT coalesce(json_agg(x.item ORDER BY x.position, x.created_at, x.id), '[]'::json) FROM (${rows}) x)`;

export interface PortfolioLists {
  experiences: ExperienceView[];
  competences: CompetenceView[];
  domains: DomainView[];
  comments: CommentView[];
}

/** Everything of the bilan's portfolio, in one statement. */
export async function readPortfolioLists(db: Trx, organisationId: string, bilanId: string): Promise<PortfolioLists> {
  const of = (alias: string) =>
    sql`${sql.ref(`${alias}.bilan_id`)} = ${bilanId} AND ${sql.ref(`${alias}.organisation_id`)} = ${organisationId}`;
  const { rows } = await sql<{ portfolio: PortfolioLists }>`
    SELECT json_build_object(
      'experiences', ${list(experiences(of('e')))},
      'competences', ${list(competences(of('c')))},
      'domains', ${list(domains(of('d')))},
      'comments', ${list(comments(of('m')))}
    ) AS portfolio`.execute(db);
  return rows[0]!.portfolio;
}

async function one<V>(db: Trx, rows: RawBuilder<unknown>): Promise<V> {
  const { rows: found } = await sql<{ item: V }>`SELECT x.item FROM (${rows}) x`.execute(db);
  if (!found[0]) throw new Error('Portfolio item not found after its save');
  return found[0].item;
}

export const readExperience = (db: Trx, id: string) => one<ExperienceView>(db, experiences(sql`e.id = ${id}`));
export const readCompetence = (db: Trx, id: string) => one<CompetenceView>(db, competences(sql`c.id = ${id}`));
export const readDomain = (db: Trx, id: string) => one<DomainView>(db, domains(sql`d.id = ${id}`));
export const readComment = (db: Trx, id: string) => one<CommentView>(db, comments(sql`m.id = ${id}`));

/** Several competences by id, in portfolio order. */
export async function readCompetences(db: Trx, ids: readonly string[]): Promise<CompetenceView[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<{ items: CompetenceView[] }>`
    SELECT ${list(competences(sql`c.id = ANY(${[...ids]}::uuid[])`))} AS items`.execute(db);
  return rows[0]!.items;
}
