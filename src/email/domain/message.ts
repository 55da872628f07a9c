/**
 * E-mails as pure data: subject, plain-text part and HTML part, in French.
 * The HTML is a simple, accessible layout (lang="fr", one column, real link text).
 */
/** Where a message of the outbox stands (delivered by SMTP when configured). */
export const EMAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  /** Files sent with the message, e.g. a calendar invitation (.ics). */
  attachments?: { filename: string; contentType: string; content: string }[];
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export interface EmailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print after the action (e.g. expiry, "ignore this if…"). */
  notes?: string[];
  signature: string;
}

/** Where the HTML part's column starts: the organisation's logo goes first in it. */
const COLUMN_START = '<div style="max-width:600px;margin:0 auto">';

/** The content id of the organisation's logo, attached to the message (mail clients block remote images). */
export const LOGO_CID = 'logo@organisme';

/**
 * The HTML part with the organisation's logo at the top, shown from the attachment `LOGO_CID`
 * (decision 036); unchanged (null) when the part is not one `composeEmail` made.
 */
export function withLogo(html: string, organisationName: string): string | null {
  if (!html.includes(COLUMN_START)) return null;
  const logo = `<p style="margin:0 0 24px"><img src="cid:${LOGO_CID}" alt="Logo de ${escapeHtml(organisationName)}" height="48" style="height:48px;width:auto;border:0"></p>`;
  return html.replace(COLUMN_START, `${COLUMN_START}\n${logo}`);
}

/** Builds both parts from the same content, so they never disagree. */
export function composeEmail(content: EmailContent): EmailMessage {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label} : ${content.action.url}`, ''] : []),
    ...(content.notes ?? []).flatMap((n) => [n, '']),
    content.signature,
  ].join('\n');

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = [
    '<!doctype html>',
    '<html lang="fr"><head><meta charset="utf-8">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;background:#ffffff">',
    COLUMN_START,
    p(content.greeting),
    ...content.paragraphs.map(p),
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:underline;border-radius:4px">${escapeHtml(content.action.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:14px">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ${escapeHtml(content.action.url)}</p>`
      : '',
    ...(content.notes ?? []).map((n) => `<p style="margin:0 0 16px;font-size:14px;color:#3a3a3a">${escapeHtml(n)}</p>`),
    p(content.signature),
    '</div></body></html>',
  ].join('\n');

  return { subject: content.subject, text, html };
}

/**
 * The signature of an e-mail sent on behalf of an organisation: its own team, never the software
 * ("L’équipe de Cap Avenir", "L’équipe du Centre Horizon", "L’équipe d’Atout Bilan")..
 */
export function teamSignature(organisationName: string): string {
  const name = organisationName.trim();
  if (/^le\s/i.test(name)) return `L’équipe du ${name.slice(3).trimStart()}`;
  if (/^les\s/i.test(name)) return `L’équipe des ${name.slice(4).trimStart()}`;
  if (/^[aeiouyàâäéèêëîïôöûü]/i.test(name)) return `L’équipe d’${name}`;
  return `L’équipe de ${name}`;
}

/** The signature of an automatic notice to the organisation's own staff. */
export const STAFF_NOTICE_SIGNATURE = 'Message automatique de votre espace de suivi des bilans';
