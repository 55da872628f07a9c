/**
 * Sending e-mail over SMTP with nodemailer. Tests use a recording transport instead (the outside
 * world is the only thing we mock).
 */
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** With a `cid`, an image the HTML part shows inline (`<img src="cid:…">`), never a remote address. */
  attachments?: { filename: string; contentType: string; contentBase64: string; cid?: string }[];
}

export interface MailTransport {
  send(message: OutgoingEmail): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send({ attachments = [], ...message }) {
      await transporter.sendMail({
        from,
        ...message,
        attachments: attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.contentBase64,
          encoding: 'base64',
          ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
        })),
      });
    },
    close: () => transporter.close(),
  };
}

/** Keeps every message in memory: for tests. */
export function recordingTransport(): MailTransport & { sent: OutgoingEmail[]; failNext: number } {
  const state = {
    sent: [] as OutgoingEmail[],
    failNext: 0,
    async send(message: OutgoingEmail) {
      if (state.failNext > 0) {
        state.failNext--;
        throw new Error('SMTP indisponible (simulé)');
      }
      state.sent.push(message);
    },
    close: () => undefined,
  };
  return state;
}
