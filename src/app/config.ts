/**
 * Configuration, parsed once at boot from the environment with zod.
 *
 * A wrong or missing setting stops the start with a message in French and English that names
 * the setting. Nothing else in the code reads `process.env`.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { proxyMatcher, type TrustedProxies } from '../platform/http/origin.ts';

const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0'], {
    error: 'doit valoir on ou off · must be on or off',
  })
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), {
    message: 'doit commencer par postgres:// · must start with postgres://',
  })
  .refine((v) => URL.canParse(v), { message: 'URL invalide · invalid URL' });

const ConfigSchema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(3000)
    .catch(() => Number.NaN)
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 65535, {
      message: 'doit être un numéro de port entre 1 et 65535 · must be a port number between 1 and 65535',
    }),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** External PostgreSQL. When absent, an embedded PostgreSQL is started under DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Background jobs (pg-boss) in this process. */
  JOBS: onOff.default(true),
  /** SMTP delivery (smtp://user:pass@host:port or smtps://…). Without it, e-mails stay in the outbox. */
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), {
      message: 'doit être une URL smtp:// ou smtps:// · must be an smtp:// or smtps:// URL',
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .refine((v) => /@/.test(v), { message: 'doit contenir une adresse e-mail · must contain an e-mail address' })
    .default('Sillage <no-reply@sillage.localhost>'),
  /** The address users reach the app at; used in e-mailed links and to decide Secure cookies. */
  PUBLIC_URL: z
    .string()
    .refine((v) => /^https?:\/\//.test(v) && URL.canParse(v), {
      message: 'doit être une URL http:// ou https:// · must be an http:// or https:// URL',
    })
    .optional(),
  /** In-process read caches kept true by PostgreSQL notifications (docs/decisions/008-read-cache.md). */
  READ_CACHE: onOff.default(true),
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy. */
  TRUST_PROXY: onOff.default(false),
  /** With TRUST_PROXY: how many proxies stand in front of the app, or their addresses and CIDR ranges. */
  TRUSTED_PROXIES: z
    .string()
    .default('1')
    .transform((v, ctx): TrustedProxies => {
      const text = v.trim();
      if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10) return { hops: Number(text) };
      const ranges = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = ranges.length === 0 || /^\d+$/.test(text) ? text : proxyMatcher(ranges);
      if (typeof bad === 'string') {
        ctx.addIssue({
          code: 'custom',
          message: `${bad ? `« ${bad} » n’est pas valable : ` : ''}doit être un nombre de proxys de 1 à 10, ou des adresses IP et plages CIDR séparées par des virgules · must be a number of proxies from 1 to 10, or comma-separated IP addresses and CIDR ranges`,
        });
        return z.NEVER;
      }
      return { ranges };
    }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error:
        'doit être fatal, error, warn, info, debug, trace ou silent · must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** ROME catalogue (issue 4): export imported at start when the catalogue is empty (a directory or an https URL of the zip). */
  ROME_DIR: z
    .string()
    .refine((v) => (/^https:\/\//.test(v) ? URL.canParse(v) : existsSync(v) && statSync(v).isDirectory()), {
      message:
        'doit être le dossier de l’export ROME ou l’URL https:// de son zip · must be the ROME export directory or the https:// URL of its zip',
    })
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  jobs: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  secureCookies: boolean;
  trustProxy: boolean;
  /** Which proxies are trusted with TRUST_PROXY: the rightmost X-Forwarded-For address not theirs is the client. */
  trustedProxies: TrustedProxies;
  readCache: boolean;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  /** ROME catalogue (issue 4): imported at start when set and the catalogue is empty. */
  romeDir: string | undefined;
};

export class ConfigError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(
      [
        'Configuration invalide · Invalid configuration:',
        ...issues.map((i) => `  - ${i}`),
        'Corrigez ces variables d’environnement puis relancez · Fix these environment variables and start again.',
      ].join('\n'),
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Parses the environment. Empty strings count as "not set". Throws ConfigError naming each bad setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.keys(ConfigSchema.shape);
  const input = Object.fromEntries(known.map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}=${JSON.stringify(input[name] ?? '')} : ${issue.message}`;
      }),
    );
  }
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    jobs: c.JOBS,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: c.TRUST_PROXY,
    trustedProxies: c.TRUSTED_PROXIES,
    readCache: c.READ_CACHE,
    logLevel: c.LOG_LEVEL,
    romeDir: c.ROME_DIR === undefined || /^https:\/\//.test(c.ROME_DIR) ? c.ROME_DIR : path.resolve(c.ROME_DIR),
  };
}
