/**
 * Financing, documents and signatures (decision 015), the employer's signature link, the funder's
 * view, and the public CPF earliest-start computation (general information, no sign-in).
 */
import { Hono } from 'hono';
import { isPlainDate, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../../shared/calendar/holidays.ts';
import { cpfEarliestStart } from '../../financing/domain/cpf-calendar.ts';
import { linkToken, uuidParam } from '../../shared/fields.ts';
import {
  EarliestStartQuerySchema,
  FinancingStatusSchema,
  GenerateDocumentSchema,
  SaveFinancingSchema,
  SignDocumentSchema,
} from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { changeFinancingStatus, getFinancing, saveFinancing } from '../../financing/use-cases/financing.ts';
import { documentPdf, generateDocument, listDocuments, signDocument } from '../use-cases/documents.ts';
import { getSignatureLink, signatureLinkPdf, signWithLink } from '../use-cases/signature-links.ts';
import { funderViewPdf, getFunderView } from '../use-cases/funder-view.ts';
import { actorOf, type Ctx, type Env } from '../../platform/http/context.ts';
import { jsonBody, param } from '../../platform/http/validate.ts';

function pdfResponse(c: Ctx, pdf: Uint8Array, filename: string) {
  c.header('Content-Type', 'application/pdf');
  c.header('Content-Disposition', `inline; filename="${filename}"`);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(new Uint8Array(pdf));
}

function token(c: Ctx): string {
  const parsed = linkToken.safeParse(c.req.param('token'));
  if (!parsed.success) throw new AppError('signature_link_invalid');
  return parsed.data;
}

export const documentRoutes = new Hono<Env>()
  .get('/rules/cpf/earliest-start', (c) => {
    const parsed = EarliestStartQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw new AppError('invalid_date_query', { message: parsed.error.issues[0]?.message });
    const value = parsed.data.validatedOn;
    const year = Number(value.slice(0, 4));
    if (!isPlainDate(value) || year < FIRST_SUPPORTED_YEAR || year >= LAST_SUPPORTED_YEAR) {
      throw new AppError('invalid_date_query', {
        message: `La date « ${value} » n’existe pas ou sort du calendrier pris en charge.`,
      });
    }
    return c.json({ earliestStart: cpfEarliestStart(parsePlainDate(value)) });
  })
  .get('/bilans/:id/financing', async (c) =>
    c.json(await getFinancing(c.get('deps'), actorOf(c), param(c, 'id', uuidParam))),
  )
  .post('/bilans/:id/financing', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await saveFinancing(c.get('deps'), actor, id, await jsonBody(c, SaveFinancingSchema)));
  })
  .post('/bilans/:id/financing/status', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(await changeFinancingStatus(c.get('deps'), actor, id, (await jsonBody(c, FinancingStatusSchema)).to));
  })
  .get('/bilans/:id/documents', async (c) =>
    c.json(await listDocuments(c.get('deps'), actorOf(c), param(c, 'id', uuidParam))),
  )
  .post('/bilans/:id/documents', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    return c.json(
      await generateDocument(c.get('deps'), actor, id, (await jsonBody(c, GenerateDocumentSchema)).kind),
      201,
    );
  })
  .get('/documents/:id/pdf', async (c) => {
    const { pdf, filename } = await documentPdf(c.get('deps'), actorOf(c), param(c, 'id', uuidParam), false);
    return pdfResponse(c, pdf, filename);
  })
  .get('/documents/:id/signed-pdf', async (c) => {
    const { pdf, filename } = await documentPdf(c.get('deps'), actorOf(c), param(c, 'id', uuidParam), true);
    return pdfResponse(c, pdf, filename);
  })
  .post('/documents/:id/signatures', async (c) => {
    const actor = actorOf(c);
    const id = param(c, 'id', uuidParam);
    await signDocument(c.get('deps'), actor, id, await jsonBody(c, SignDocumentSchema));
    return c.body(null, 204);
  })
  .get('/signature-links/:token', async (c) => c.json(await getSignatureLink(c.get('deps'), token(c))))
  .get('/signature-links/:token/pdf', async (c) =>
    pdfResponse(c, await signatureLinkPdf(c.get('deps'), token(c)), 'convention.pdf'),
  )
  .post('/signature-links/:token/sign', async (c) => {
    const t = token(c);
    await signWithLink(c.get('deps'), c.get('origin'), t, await jsonBody(c, SignDocumentSchema));
    return c.body(null, 204);
  })
  .get('/bilans/:id/funder-view', async (c) =>
    c.json(await getFunderView(c.get('deps'), actorOf(c), param(c, 'id', uuidParam))),
  )
  .get('/bilans/:id/funder-view/pdf', async (c) => {
    const id = param(c, 'id', uuidParam);
    return pdfResponse(c, await funderViewPdf(c.get('deps'), actorOf(c), id), 'suivi-administratif.pdf');
  });
