/**
 * The organisation's brand (decision 036): its accent colour and its logo, as the admin sets them
 * and as every page, e-mail and PDF of the organisation shows them.
 */
import { z } from 'zod';
import { contrastOnWhiteFr, MIN_CONTRAST_ON_WHITE, normaliseHexColour, readableOnWhite } from '../domain/colour.ts';
import { MAX_LOGO_BYTES, MAX_LOGO_PIXELS, MIN_LOGO_PIXELS, type LogoProblem } from '../domain/logo-image.ts';

/** The multipart part that carries the logo file. */
export const LOGO_PART = 'logo';

/** The accent colour: a hex colour readable on white, or `''` to go back to Sillage's colours. */
export const BrandColourSchema = z.object({
  accentColour: z
    .string({ error: 'Indiquez une couleur au format hexadécimal, par exemple #1f4e79.' })
    .max(20, 'Indiquez une couleur au format hexadécimal, par exemple #1f4e79.')
    .transform((v, ctx) => {
      if (v.trim() === '') return null;
      const hex = normaliseHexColour(v);
      if (!hex) {
        ctx.addIssue({ code: 'custom', message: 'Indiquez une couleur au format hexadécimal, par exemple #1f4e79.' });
        return z.NEVER;
      }
      if (!readableOnWhite(hex)) {
        ctx.addIssue({
          code: 'custom',
          message: `Cette couleur est trop claire : son contraste sur fond blanc est de ${contrastOnWhiteFr(hex)} pour 1, il faut au moins ${String(MIN_CONTRAST_ON_WHITE).replace('.', ',')} pour 1 pour que les textes et les boutons restent lisibles. Choisissez une teinte plus foncée.`,
        });
        return z.NEVER;
      }
      return hex;
    }),
});
export type BrandColourInput = z.input<typeof BrandColourSchema>;

/** Why a logo is refused, in French. */
export const LOGO_PROBLEM_MESSAGES: Record<LogoProblem, string> = {
  empty: 'Le fichier choisi est vide : choisissez l’image du logo.',
  too_large: `Le logo ne doit pas dépasser ${MAX_LOGO_BYTES / 1024} ko : réduisez l’image ou enregistrez-la en JPEG.`,
  not_an_image: 'Le logo doit être une image PNG ou JPEG (les autres formats, dont SVG, ne sont pas acceptés).',
  malformed: 'Ce fichier n’est pas une image PNG ou JPEG valide : enregistrez de nouveau le logo en PNG ou en JPEG.',
  too_small: `Le logo doit mesurer au moins ${MIN_LOGO_PIXELS} pixels de large et de haut.`,
  too_big: `Le logo ne doit pas dépasser ${MAX_LOGO_PIXELS.toLocaleString('fr-FR')} pixels de large ni de haut.`,
};

/** The brand as the admin reads it, and as the session and the public page carry it. */
export interface BrandView {
  accentColour: string | null;
  logo: { url: string; width: number; height: number } | null;
}

/** The logo's stable address, versioned by the start of its SHA-256 (cached until it changes). */
export function logoUrl(organisationId: string, sha256: string): string {
  return `/api/organisations/${organisationId}/logo?v=${sha256.slice(0, 16)}`;
}
