/**
 * External licensed tests (decision 018): results recorded by the consultant with the publisher's
 * PDF report, read by the beneficiary and their consultant.
 *
 * Recording and correcting a result accept `application/json` (the result alone) or
 * `multipart/form-data` with a `result` part (the same JSON) and a `report` part (the PDF file);
 * `POST /external-tests/:id/report` takes a `report` part alone. Multipart bodies may reach 10 MB
 * plus a margin for the parts' headers and the JSON; JSON bodies keep the API's 1 MB.
 */
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { externalTestEndpoints } from '../contracts/endpoints.ts';
import { MAX_REPORT_BYTES, REPORT_PART, REPORT_PROBLEM_MESSAGES, RESULT_PART } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { attachExternalTestReport } from '../use-cases/attach-external-test-report.ts';
import { deleteExternalTest } from '../use-cases/delete-external-test.ts';
import { listExternalTests } from '../use-cases/list-external-tests.ts';
import { readExternalTestReport } from '../use-cases/read-external-test-report.ts';
import { recordExternalTest } from '../use-cases/record-external-test.ts';
import { updateExternalTest } from '../use-cases/update-external-test.ts';
import type { ReportUpload } from '../data/report-file.ts';
import { actorOf, type Ctx } from '../../platform/http/context.ts';
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { fieldErrors, jsonBody } from '../../platform/http/validate.ts';

const JSON_LIMIT = 1024 * 1024;
/** The PDF, plus room for the multipart headers and the result's JSON (60 scores, a comment). */
const MULTIPART_LIMIT = MAX_REPORT_BYTES + 256 * 1024;

const UPLOAD_PATHS = [
  /^\/api\/bilans\/[^/]+\/external-tests$/,
  /^\/api\/external-tests\/[^/]+$/,
  /^\/api\/external-tests\/[^/]+\/report$/,
];

/** Requests that bring their own body limit (the API's 1 MB limit is not applied to them). */
export function hasOwnBodyLimit(method: string, path: string): boolean {
  return method === 'POST' && UPLOAD_PATHS.some((p) => p.test(path));
}

const isMultipart = (c: Ctx) => /^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');

const multipartLimit = bodyLimit({
  maxSize: MULTIPART_LIMIT,
  onError: (c) =>
    c.json(new AppError('report_too_large', { fields: { report: REPORT_PROBLEM_MESSAGES.too_large } }).toBody(), 413),
});
const jsonLimit = bodyLimit({
  maxSize: JSON_LIMIT,
  onError: (c) => c.json(new AppError('payload_too_large').toBody(), 413),
});

/** Signed in first (nothing is read for a stranger), then the limit that fits the body. */
const limit = (c: Ctx, next: () => Promise<void>) => {
  actorOf(c);
  return isMultipart(c) ? multipartLimit(c, next) : jsonLimit(c, next);
};

async function formParts(c: Ctx): Promise<Record<string, string | File>> {
  try {
    const body = await c.req.parseBody();
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v])) as Record<
      string,
      string | File
    >;
  } catch {
    throw new AppError('malformed_upload');
  }
}

/** The `report` part: a chosen file (even empty, which the service refuses), or nothing. */
async function reportPart(parts: Record<string, string | File>): Promise<ReportUpload | null> {
  const part = parts[REPORT_PART];
  if (part === undefined || part === '') return null;
  if (typeof part === 'string')
    throw new AppError('validation_failed', { fields: { report: 'Joignez le rapport comme un fichier PDF.' } });
  // A form submitted without choosing a file sends an unnamed, empty part.
  if (part.name === '' && part.size === 0) return null;
  return { fileName: part.name, bytes: new Uint8Array(await part.arrayBuffer()) };
}

/** A result and, with multipart, the report that comes with it. */
async function entry<S extends z.ZodType>(
  c: Ctx,
  schema: S,
): Promise<{ input: z.output<S>; upload: ReportUpload | null }> {
  if (!isMultipart(c)) return { input: await jsonBody(c, schema), upload: null };
  const parts = await formParts(c);
  const raw = parts[RESULT_PART];
  if (typeof raw !== 'string')
    throw new AppError('validation_failed', {
      message: 'La partie « result » (le résultat en JSON) manque à la requête.',
    });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('malformed_json');
  }
  const upload = await reportPart(parts);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError('validation_failed', { fields: fieldErrors(parsed.error) });
  return { input: parsed.data, upload };
}

/** The ASCII fallback of a file name (the exact name goes in `filename*`). */
function asciiFileName(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7E]/g, '_')
    .replace(/["\\]/g, '_');
}

const { list, record, update, remove, attachReport, report } = externalTestEndpoints;

const routes = endpointRoutes();
// Signed in first, then the body limit that fits the body, before any upload route reads it.
routes.app.on('POST', [record.path, update.path, attachReport.path], limit);

export const externalTestRoutes = routes
  .on(list, ({ deps, actor, params }) => listExternalTests(deps, actor(), params.id))
  .on(record, async ({ deps, actor, params }, c) => {
    const { input, upload } = await entry(c, record.body);
    return recordExternalTest(deps, actor(), params.id, input, upload);
  })
  .on(update, async ({ deps, actor, params }, c) => {
    const { input, upload } = await entry(c, update.body);
    await updateExternalTest(deps, actor(), params.id, input, upload);
  })
  .on(remove, ({ deps, actor, params }) => deleteExternalTest(deps, actor(), params.id))
  .on(attachReport, async ({ deps, actor, params }, c) => {
    if (!isMultipart(c))
      throw new AppError('unsupported_media_type', {
        message: 'Envoyez le rapport en multipart/form-data, dans une partie « report ».',
      });
    const upload = await reportPart(await formParts(c));
    if (!upload)
      throw new AppError('validation_failed', { fields: { report: 'Choisissez le rapport PDF à joindre.' } });
    return attachExternalTestReport(deps, actor(), params.id, upload);
  })
  .on(report, async ({ deps, actor, params }) => {
    const { fileName, pdf } = await readExternalTestReport(deps, actor(), params.id);
    return {
      bytes: pdf,
      filename: asciiFileName(fileName),
      utf8Filename: fileName,
      contentType: 'application/pdf',
      disposition: 'attachment',
    };
  }).app;
