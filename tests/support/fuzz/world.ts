/**
 * The fuzzer's world: the authorisation matrix's (two organisations, every kind of person signed
 * in, the fixtures each capability's cases need), plus what the matrix does not have:
 * - real single-use links (invitations, the employer's signature link, évaluations, respondents'
 *   links of le regard des autres, password resets): every token the application creates is
 *   harvested and sorted by the table whose hash matches it, and each public token route learns
 *   which kind of token opens it, so "someone holding the link" can be played;
 * - accounts only for fuzzing the sign-in and password reset, so that wrong passwords and resets
 *   never throttle or change the people the other calls are made as (decision 023);
 * - pools of real ids from every table (both organisations), refreshed as the fuzzer creates rows.
 */
import { sql } from 'kysely';
import { samplePublisherReport } from '../sample-pdf.ts';
import { testDb } from '../deps.ts';
import { listTables } from '../table-snapshot.ts';
import {
  EVERYONE,
  buildWorld,
  signIn,
  unique,
  type AuthorizationCases,
  type Case,
  type Who,
  type World,
} from '../authorization.ts';
import { createDocumentedBilan, createUser, PASSWORD } from '../factories.ts';
import { loginAs } from '../http.ts';
import { inviteConsultant } from '../../../src/accounts/use-cases/invitations/invite-consultant.ts';
import { requestPasswordReset } from '../../../src/accounts/use-cases/request-password-reset.ts';
import { sendPasswordResetLinks } from '../../../src/accounts/use-cases/send-password-reset-links.ts';
import { createBilan } from '../../../src/bilans/use-cases/create-bilan.ts';
import { assignQuestionnaire } from '../../../src/questionnaires/use-cases/assign-questionnaire.ts';
import { inviteRespondent } from '../../../src/feedback/use-cases/invite-respondent.ts';
import { sendHotEvaluationNow } from '../../../src/after/use-cases/send-hot-evaluation-now.ts';
import { saveFinancing } from '../../../src/financing/use-cases/save-financing.ts';
import { generateDocument } from '../../../src/documents/use-cases/generate-document.ts';
import type { FuzzTarget } from './catalogue.ts';
import { isTokenParam } from './requests.ts';

/** A route's concrete call from the matrix: its path, parameters and query, and a body that passes. */
export interface Example {
  params: Record<string, string>;
  query: string;
  body: unknown;
  raw: { body: string; type: string } | undefined;
  /** Who the matrix expects to succeed. */
  allowed: Who[];
}

export const SIGNED_IN: Exclude<Who, 'anonymous'>[] = [
  'adminA',
  'consultantA',
  'otherConsultantA',
  'beneficiaryA',
  'otherBeneficiaryA',
  'adminB',
  'consultantB',
  'beneficiaryB',
];

/** Kinds of token never offered as a link: the session cookie. */
const NOT_LINKS = ['auth_sessions'];

function exampleOf(testCase: Case): Example {
  const full = testCase.path();
  const [pathPart = '', query = ''] = full.split(/\?(.*)/s);
  const pattern = testCase.route.split('/');
  const actual = pathPart.split('/');
  const params: Record<string, string> = {};
  pattern.forEach((segment, index) => {
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual[index] ?? '');
  });
  const allowed = EVERYONE.filter((who) => (testCase.expect[who] ?? testCase.otherwise) < 300);
  return { params, query: query ? `?${query}` : '', body: testCase.body?.(), raw: testCase.raw?.(), allowed };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

interface Question {
  id: string;
  type: string;
  min?: number;
  max?: number;
  minLength?: number;
  minSelections?: number;
  rankCount?: number;
  options?: { value: string }[];
  items?: { value: string }[];
}

/** The first object holding `sections` in an answer (a questionnaire's definition), depth first. */
function withSections(value: unknown, depth = 0): Record<string, unknown> | undefined {
  if (!isPlainObject(value) || depth > 4) return undefined;
  if (Array.isArray(value.sections)) return value;
  for (const item of Object.values(value)) {
    const found = withSections(item, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Plausible answers to a questionnaire definition (the kinds of question a link's form holds). */
function answersFor(definition: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const sections = (definition.sections ?? []) as { questions?: Question[] }[];
  for (const question of sections.flatMap((section) => section.questions ?? [])) {
    const values = (question.options ?? []).map((option) => option.value);
    switch (question.type) {
      case 'scale':
        answers[question.id] = Math.round(((question.min ?? 1) + (question.max ?? 5)) / 2);
        break;
      case 'single_choice':
        answers[question.id] = values[0];
        break;
      case 'multiple_choice':
        answers[question.id] = values.slice(0, Math.max(1, question.minSelections ?? 1));
        break;
      case 'short_text':
      case 'long_text':
        answers[question.id] = 'Une réponse donnée par le lien.'.padEnd(question.minLength ?? 0, '.');
        break;
      case 'ranking': {
        const items = (question.items ?? []).map((item) => item.value);
        answers[question.id] = items.slice(0, question.rankCount ?? items.length);
        break;
      }
      case 'number':
      case 'year':
        answers[question.id] = question.min ?? 2020;
        break;
    }
  }
  return answers;
}

export class FuzzWorld {
  cookies: Record<Who, string | undefined> = { anonymous: undefined } as Record<Who, string | undefined>;
  readonly examples = new Map<string, Example>();
  /** Ids of every table with a uuid `id`, by table; and which table an id comes from. */
  readonly idsByTable = new Map<string, string[]>();
  readonly tableOf = new Map<string, string>();
  allIds: string[] = [];
  /** Every token the application made, and those found in a table (`invitations`, `evaluations`…). */
  readonly tokens: string[] = [];
  readonly tokensByKind = new Map<string, string[]>();
  private readonly classified = new Set<string>();
  /** The kind of token each public token route opens, by the route's prefix (`/api/regard/`). */
  readonly routeKinds = new Map<string, string>();
  /** Addresses worth trying in sign-in and reset forms: the fuzzing accounts, pending invitations. */
  readonly emails: string[] = [];
  /** Values of query keys seen in answers (`nextCursor` for `cursor`), by query key. */
  readonly seen = new Map<string, string[]>();
  pdf: Buffer = Buffer.alloc(0);

  readonly matrix: World;

  private constructor(matrix: World) {
    this.matrix = matrix;
  }

  get app() {
    return this.matrix.app;
  }

  get deps() {
    return this.matrix.deps;
  }

  /**
   * A new world. Each after the first starts from empty tables (but the migrations' and the ROME
   * catalogue's): the matrix's fixtures use fixed addresses, and small tables keep the checks fast.
   */
  static async build(matrices: AuthorizationCases[], fresh: boolean): Promise<FuzzWorld> {
    if (fresh) {
      const tables = (await listTables(testDb())).filter((table) => !/^(kysely_|rome_)/.test(table));
      await sql
        .raw(`TRUNCATE ${tables.map((table) => `"${table}"`).join(', ')} RESTART IDENTITY CASCADE`)
        .execute(testDb());
    }
    const matrix = await buildWorld();
    const world = new FuzzWorld(matrix);
    const { deps } = matrix;
    const create = deps.tokens.create;
    deps.tokens = {
      ...deps.tokens,
      create: () => {
        const made = create();
        world.tokens.push(made.token);
        return made;
      },
    };
    for (const cases of matrices) {
      const fixtures = await cases.setUp?.(matrix);
      for (const testCase of cases.cases(matrix, fixtures)) {
        world.examples.set(`${testCase.method} ${testCase.route}`, exampleOf(testCase));
      }
    }
    await world.addLinkHolders();
    world.cookies = await signIn(matrix);
    world.pdf = samplePublisherReport();
    await world.refresh();
    return world;
  }

  /** Single-use links of every kind, and the accounts the sign-in and reset forms are fuzzed with. */
  private async addLinkHolders(): Promise<void> {
    const { deps, A } = this.matrix;
    const consultant = A.consultant.actor;
    for (const role of ['admin', 'consultant', 'beneficiary'] as const) {
      this.emails.push((await createUser(deps, A.id, role, `fuzz-connexion-${role}`)).email);
    }
    for (const email of this.emails.slice(0, 2)) {
      await requestPasswordReset(deps, { ip: '192.0.2.50', userAgent: 'fuzz' }, { email });
    }
    await sendPasswordResetLinks(deps, deps.clock.now());
    for (let i = 0; i < 2; i++) {
      const email = `invite-${unique()}@exemple.fr`;
      await inviteConsultant(deps, A.admin.actor, { firstName: 'Inès', lastName: 'Invitée', email });
      this.emails.push(email);
    }
    const pending = await createBilan(deps, consultant, {
      beneficiary: { firstName: 'Paul', lastName: 'Lien', email: `lien-${unique()}@exemple.fr` },
      financing: 'opco',
      plannedHours: 1200,
    });
    // Respondents of le regard des autres, on a soft-skills questionnaire of beneficiary A.
    const softSkills = await assignQuestionnaire(deps, consultant, this.matrix.bilanA, {
      questionnaire: 'instrument:savoir-etre',
      dueOn: undefined,
      seanceId: undefined,
    });
    for (let i = 0; i < 3; i++) {
      await inviteRespondent(deps, this.matrix.users.beneficiaryA.actor, softSkills.assignmentId, {
        email: `regard-${unique()}@exemple.fr`,
      });
    }
    // Évaluations à chaud: the bilan just created and another, in their conclusion.
    const concluding = [
      pending.bilanId,
      (
        await createBilan(deps, consultant, {
          beneficiary: { firstName: 'Zoé', lastName: 'Conclusion', email: `conclusion-${unique()}@exemple.fr` },
          financing: 'cpf',
          plannedHours: 1200,
        })
      ).bilanId,
    ];
    for (const bilanId of concluding) {
      await deps.db.updateTable('bilans').set({ phase: 'conclusion' }).where('id', '=', bilanId).execute();
      await sendHotEvaluationNow(deps, consultant, bilanId);
    }
    // The employer's signature link of a tripartite convention (in an organisation with its legal details).
    const documented = await createDocumentedBilan(deps, 'employer_plan');
    await saveFinancing(deps, documented.org.consultant.actor, documented.bilanId, {
      price: '1 800',
      employerName: 'Acme Industrie',
      employerSiret: '98765432100012',
      employerContactName: 'Marc Martin',
      employerContactEmail: `rh-${unique()}@exemple.fr`,
    });
    await generateDocument(deps, documented.org.consultant.actor, documented.bilanId, 'convention_tripartite');
    // Enough e-mails for the outbox to have a second page, whose cursor later requests send back.
    for (let i = 0; i < 55; i++) {
      await deps.outbox.enqueue(
        deps.db,
        {
          organisationId: A.id,
          kind: 'fuzz',
          to: `page-${i}@exemple.fr`,
          message: { subject: `Message ${i}`, text: 'Texte', html: '<p>Texte</p>' },
        },
        new Date(deps.clock.now().getTime() - i * 60_000),
      );
    }
  }

  /** Reloads the pools of ids and sorts the new tokens by the table that holds their hash. */
  async refresh(): Promise<void> {
    const { db } = this.deps;
    const { rows: idTables } = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY 1`.execute(db);
    this.idsByTable.clear();
    this.tableOf.clear();
    for (const { table_name: table } of idTables) {
      const { rows } = await sql<{
        id: string;
      }>`SELECT id::text AS id FROM ${sql.table(table)} ORDER BY id LIMIT 500`.execute(db);
      this.idsByTable.set(
        table,
        rows.map((r) => r.id),
      );
      for (const { id } of rows) this.tableOf.set(id, table);
    }
    this.allIds = [...this.tableOf.keys()];

    const fresh = this.tokens.filter((token) => !this.classified.has(token));
    if (fresh.length === 0) return;
    const hexes = new Map(fresh.map((token) => [this.deps.tokens.hash(token).toString('hex'), token]));
    const { rows: hashColumns } = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'bytea' AND column_name LIKE '%hash' ORDER BY 1, 2`.execute(db);
    for (const { table_name: table, column_name: column } of hashColumns) {
      const { rows } = await sql<{ hex: string }>`
        SELECT encode(${sql.ref(column)}, 'hex') AS hex FROM ${sql.table(table)}
         WHERE encode(${sql.ref(column)}, 'hex') = ANY(${[...hexes.keys()]}::text[])`.execute(db);
      for (const { hex } of rows) {
        const token = hexes.get(hex)!;
        this.classified.add(token);
        const kind = this.tokensByKind.get(table) ?? [];
        kind.push(token);
        this.tokensByKind.set(table, kind);
      }
    }
  }

  /** Which kind of token each public GET `…/:token` route opens: the one it answers 200 to. */
  async learnRouteKinds(targets: FuzzTarget[]): Promise<void> {
    for (const target of targets) {
      const last = target.params.at(-1);
      if (target.method !== 'GET' || !last || !isTokenParam(target, last) || !target.route.endsWith(`:${last}`))
        continue;
      const prefix = target.route.slice(0, target.route.length - last.length - 1);
      for (const [kind, tokens] of this.tokensByKind) {
        if (NOT_LINKS.includes(kind) || !tokens[0]) continue;
        const response = await this.app.request(`${prefix}${tokens[0]}`, {
          headers: { 'x-forwarded-for': '192.0.2.51' },
        });
        if (response.status === 200) this.routeKinds.set(prefix, kind);
      }
    }
  }

  /**
   * Bodies a link holder would send, learned from the link's own page: for each public POST route
   * taking a token, the GET of the same link is read, and the matrix's example body gets the
   * values of its keys found there (the document's `sha256`…) and, when the page holds a
   * questionnaire (an object with `sections`), answers to it. Otherwise the matrix's bodies, made to be refused,
   * would never reach what follows a valid answer.
   */
  async learnLinkBodies(targets: FuzzTarget[]): Promise<void> {
    for (const target of targets) {
      const name = target.params.find((param) => isTokenParam(target, param));
      const example = this.examples.get(`${target.method} ${target.route}`);
      if (target.method !== 'POST' || !name || !example || !isPlainObject(example.body)) continue;
      const token = this.tokenFor(target.route, 0);
      const page = target.route.slice(0, target.route.indexOf(`:${name}`) + name.length + 1);
      if (!token || !targets.some((t) => t.method === 'GET' && t.route === page)) continue;
      const response = await this.app.request(page.replace(`:${name}`, token), {
        headers: { 'x-forwarded-for': '192.0.2.53' },
      });
      if (response.status !== 200) continue;
      const form = (await response.json()) as Record<string, unknown>;
      const body: Record<string, unknown> = { ...example.body };
      for (const key of Object.keys(body)) {
        const value = form[key];
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') body[key] = value;
      }
      const questionnaire = withSections(form);
      if ('answers' in body && questionnaire) body.answers = answersFor(questionnaire);
      example.body = body;
    }
  }

  /** A token of the kind `route` opens (someone holding its link), or any link token. */
  tokenFor(route: string, pick: number): string | undefined {
    const prefix = [...this.routeKinds.keys()].find((p) => route.startsWith(p));
    const kind = prefix ? this.routeKinds.get(prefix) : undefined;
    const pool = kind
      ? this.tokensByKind.get(kind)
      : [...this.tokensByKind].filter(([k]) => !NOT_LINKS.includes(k)).flatMap(([, tokens]) => tokens);
    return pool && pool.length > 0 ? pool[pick % pool.length] : undefined;
  }

  /** Any token the application made (links, sessions, spent or not). */
  anyToken(pick: number): string | undefined {
    return this.tokens.length > 0 ? this.tokens[pick % this.tokens.length] : undefined;
  }

  /**
   * Keeps the strings of an answer whose key names a query key (`nextCursor` → `cursor`), so that
   * later requests send them back, changed a little.
   */
  see(json: unknown, queryKeys: readonly string[]): void {
    const walk = (value: unknown, depth: number): void => {
      if (depth > 6 || value === null || typeof value !== 'object') return;
      for (const [key, item] of Object.entries(value)) {
        if (typeof item === 'string') {
          const query = queryKeys.find((q) => key === q || key.endsWith(q[0]!.toUpperCase() + q.slice(1)));
          if (query) {
            const known = this.seen.get(query) ?? [];
            if (!known.includes(item)) known.push(item);
            this.seen.set(query, known.slice(-20));
          }
        } else walk(item, depth + 1);
      }
    };
    walk(json, 0);
  }

  /** Signs `who` in again, first giving the account its password back and lifting any wait. */
  async signInAgain(who: Exclude<Who, 'anonymous'>): Promise<void> {
    const user = this.matrix.users[who];
    try {
      this.cookies[who] = await loginAs(this.app, user.email);
    } catch {
      const { db } = this.deps;
      await db
        .updateTable('users')
        .set({ password_hash: await this.deps.hasher.hash(PASSWORD), status: 'active' })
        .where('id', '=', user.id)
        .execute();
      await db.deleteFrom('login_throttle').where('key', 'like', `%${user.email}%`).execute();
      this.cookies[who] = await loginAs(this.app, user.email);
    }
  }

  /** Signs in again everyone whose session ended (a fuzzed sign-out, for instance). */
  async keepSessions(): Promise<number> {
    let renewed = 0;
    for (const who of SIGNED_IN) {
      const response = await this.app.request('/api/session', {
        headers: { cookie: this.cookies[who] ?? '', 'x-forwarded-for': '192.0.2.52' },
      });
      const body = (await response.json()) as { user: unknown };
      if (body.user === null) {
        await this.signInAgain(who);
        renewed++;
      }
    }
    return renewed;
  }
}
