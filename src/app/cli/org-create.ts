/**
 * `npm run org:create -- --name "Horizons Bilans" --admin-email ines@horizons.fr
 *  --admin-first-name Inès --admin-last-name Moreau`: adds an organisation to the installation
 * (DATABASE_URL, or the embedded PostgreSQL under DATA_DIR, started for the occasion: stop
 * `npm start` first) with its first admin, invited by e-mail. The command prints the one-time
 * invitation link (valid seven days) for the operator to hand over, and nothing else secret.
 * With `--new-link` and the organisation's name and the admin's e-mail, it gives a fresh link to an
 * admin who has not activated their account yet (decision 027).
 */
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { ConfigError, loadConfig } from '../config.ts';
import { ports } from '../ports.ts';
import { disabledCaches } from '../../platform/cache/caches.ts';
import { systemClock } from '../../platform/clock.ts';
import { createDb } from '../../platform/db/kysely.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { createLogger } from '../../platform/logger.ts';
import { ensureDatabase } from '../../platform/postgres/ensure-database.ts';
import { startEmbeddedPostgres } from '../../platform/postgres/embedded.ts';
import { argon2Hasher } from '../../platform/security/password-hasher.ts';
import type { Deps } from '../../platform/deps.ts';
import { CreateOrganisationSchema, RenewAdminInvitationSchema } from '../../accounts/contracts/schemas.ts';
import { createOrganisation } from '../../accounts/use-cases/create-organisation.ts';
import { renewAdminInvitation } from '../../accounts/use-cases/renew-admin-invitation.ts';
import { AppError } from '../../shared/errors.ts';

const USAGE = `Usage :
  npm run org:create -- --name "Nom de l’organisme" --admin-email adresse@exemple.fr \\
    --admin-first-name Prénom --admin-last-name Nom
      crée l’organisme et invite sa première personne administratrice (lien valable 7 jours)
  npm run org:create -- --new-link --name "Nom de l’organisme" --admin-email adresse@exemple.fr
      donne un nouveau lien à une personne administratrice qui n’a pas encore activé son compte`;

/** Where each field comes from on the command line, to name it in error messages. */
const OPTION_OF: Record<string, string> = {
  organisationName: '--name',
  email: '--admin-email',
  firstName: '--admin-first-name',
  lastName: '--admin-last-name',
};

class UsageError extends Error {}

function parse<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${OPTION_OF[String(i.path[0])] ?? String(i.path[0])} : ${i.message}`);
  throw new UsageError(`Arguments à corriger :\n${lines.join('\n')}`);
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
    date,
  );
}

function commandLine() {
  try {
    return parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-first-name': { type: 'string' },
        'admin-last-name': { type: 'string' },
        'new-link': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const args = commandLine();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const fields = {
    organisationName: args.name,
    email: args['admin-email'],
    firstName: args['admin-first-name'],
    lastName: args['admin-last-name'],
  };
  // Checked before anything is started, with the web forms' French messages.
  const request = args['new-link']
    ? ({ kind: 'renew', input: parse(RenewAdminInvitationSchema, fields) } as const)
    : ({ kind: 'create', input: parse(CreateOrganisationSchema, fields) } as const);

  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  try {
    const url = config.databaseUrl ?? embedded!.urlFor('sillage');
    await ensureDatabase(url, log);
    const db = createDb({ connectionString: url, max: 1 });
    try {
      await migrateToLatest(db);
      const deps: Deps = {
        db,
        clock: systemClock,
        hasher: argon2Hasher,
        log,
        publicUrl: config.publicUrl,
        mailDelivery: config.smtpUrl ? 'smtp' : 'outbox',
        caches: disabledCaches(),
        // The running server delivers queued e-mails every minute when SMTP_URL is set.
        emailsQueued: () => undefined,
        ...ports(),
      };
      if (request.kind === 'create') {
        const created = await createOrganisation(deps, request.input);
        console.log(
          `Organisme « ${created.name} » créé (page publique, une fois publiée : /organismes/${created.slug}).`,
        );
        console.log(
          `Première personne administratrice invitée : ${request.input.firstName} ${request.input.lastName} <${request.input.email}>.`,
        );
        printLink(created.invitationUrl, created.expiresAt, config.smtpUrl !== undefined);
      } else {
        const renewed = await renewAdminInvitation(deps, request.input);
        console.log(
          `Nouveau lien pour ${request.input.email} (organisme « ${renewed.name} ») : l’ancien ne fonctionne plus.`,
        );
        printLink(renewed.invitationUrl, renewed.expiresAt, config.smtpUrl !== undefined);
      }
    } finally {
      await db.destroy();
    }
  } finally {
    await embedded?.stop();
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof AppError && error.fields) {
    console.error(`${error.message} ${Object.values(error.fields).join(' ')}`);
  } else if (error instanceof ConfigError || error instanceof Error) console.error(error.message);
  else console.error(error);
  process.exit(1);
}

function printLink(url: string, expiresAt: Date, smtp: boolean): void {
  console.log('');
  console.log('Lien d’activation (à usage unique, il permet de choisir le mot de passe du compte) :');
  console.log(`  ${url}`);
  console.log(`Il expire le ${formatDate(expiresAt)}.`);
  console.log(
    smtp
      ? 'Il part aussi par courriel : le serveur Sillage en marche l’envoie dans la minute (SMTP_URL est défini). Vous pouvez aussi le transmettre vous-même, par un canal sûr.'
      : 'Aucun envoi de courriel n’est configuré (SMTP_URL) : transmettez ce lien vous-même à la personne, par un canal sûr.',
  );
}
