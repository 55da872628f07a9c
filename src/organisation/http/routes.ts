/**
 * The organisation's profile, brand and offers (admin), and its logo (public).
 *
 * The logo is uploaded as `multipart/form-data` with a `logo` part: the body may reach the logo's
 * 300 kB plus a margin for the part's headers (the API's 1 MB limit is not applied to it). It is
 * served as decision 030 serves every uploaded file: a download (`attachment`, which an image
 * element still displays) with `nosniff` and the sandbox CSP (`src/app/http.ts`), under its stored
 * type; cached for a year when asked at its current version, revalidated otherwise.
 */
import { bodyLimit } from 'hono/body-limit';
import { organisationEndpoints as e } from '../contracts/endpoints.ts';
import { LOGO_PART, LOGO_PROBLEM_MESSAGES } from '../contracts/brand.ts';
import { MAX_LOGO_BYTES } from '../domain/logo-image.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Ctx } from '../../platform/http/context.ts';
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { getOrganisationProfile } from '../use-cases/get-organisation-profile.ts';
import { updateOrganisationProfile } from '../use-cases/update-organisation-profile.ts';
import { listOffers } from '../use-cases/list-offers.ts';
import { createOffer } from '../use-cases/create-offer.ts';
import { updateOffer } from '../use-cases/update-offer.ts';
import { getBrand } from '../use-cases/get-brand.ts';
import { updateBrandColour } from '../use-cases/update-brand-colour.ts';
import { uploadLogo } from '../use-cases/upload-logo.ts';
import { removeLogo } from '../use-cases/remove-logo.ts';
import { readLogo } from '../use-cases/read-logo.ts';

/** The logo plus room for the multipart boundary and the part's headers. */
const UPLOAD_LIMIT = MAX_LOGO_BYTES + 16 * 1024;

/** The logo's upload sets its own body limit (see `capability.ts`). */
export function hasOwnBodyLimit(method: string, path: string): boolean {
  return method === 'POST' && path === `/api${e.uploadLogo.path}`;
}

const uploadLimit = bodyLimit({
  maxSize: UPLOAD_LIMIT,
  onError: (c) =>
    c.json(new AppError('logo_too_large', { fields: { [LOGO_PART]: LOGO_PROBLEM_MESSAGES.too_large } }).toBody(), 413),
});

/** The `logo` part's bytes; a French 4xx for anything that is not one file in a multipart body. */
async function logoPart(c: Ctx): Promise<Uint8Array> {
  if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? ''))
    throw new AppError('unsupported_media_type', {
      message: 'Envoyez le logo en multipart/form-data, dans une partie « logo ».',
    });
  let part: unknown;
  try {
    const body = await c.req.parseBody();
    const value = body[LOGO_PART];
    part = Array.isArray(value) ? value[0] : value;
  } catch {
    throw new AppError('malformed_upload');
  }
  if (!(part instanceof File))
    throw new AppError('validation_failed', { fields: { [LOGO_PART]: 'Choisissez l’image du logo (PNG ou JPEG).' } });
  return new Uint8Array(await part.arrayBuffer());
}

const routes = endpointRoutes();
// Signed in first (nothing is read for a stranger), then the logo's own body limit.
routes.app.on('POST', [e.uploadLogo.path], (c, next) => {
  actorOf(c);
  return uploadLimit(c, next);
});

export const organisationRoutes = routes
  .on(e.profile, ({ deps, actor }) => getOrganisationProfile(deps, actor()))
  .on(e.updateProfile, ({ deps, actor, body }) => updateOrganisationProfile(deps, actor(), body))
  .on(e.brand, ({ deps, actor }) => getBrand(deps, actor()))
  .on(e.updateBrandColour, ({ deps, actor, body }) => updateBrandColour(deps, actor(), body))
  .on(e.uploadLogo, async ({ deps, actor }, c) => uploadLogo(deps, actor(), await logoPart(c)))
  .on(e.removeLogo, ({ deps, actor }) => removeLogo(deps, actor()))
  .on(e.logo, async ({ deps, params, query }, c) => {
    const logo = await readLogo(deps, params.id, query.v);
    c.header('Cache-Control', logo.current ? 'public, max-age=31536000, immutable' : 'no-cache');
    return {
      bytes: logo.bytes,
      filename: logo.contentType === 'image/png' ? 'logo.png' : 'logo.jpg',
      contentType: logo.contentType,
      disposition: 'attachment',
    };
  })
  .on(e.offers, async ({ deps, actor }) => ({ offers: await listOffers(deps, actor()) }))
  .on(e.createOffer, ({ deps, actor, body }) => createOffer(deps, actor(), body))
  .on(e.updateOffer, ({ deps, actor, params, body }) => updateOffer(deps, actor(), params.id, body)).app;
