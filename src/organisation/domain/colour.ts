/**
 * The organisation's accent colour (decision 036): a hex colour typed by its admin, used for
 * buttons, links and headings on white. It must keep a contrast of at least 4.5:1 against white
 * (WCAG 2.1, 1.4.3, normal text), so text in it and white text on it both stay readable.
 */

/** The smallest contrast ratio accepted against white. */
export const MIN_CONTRAST_ON_WHITE = 4.5;

/** `#1F4E79`, `1f4e79`, `#abc` → `#1f4e79` / `#aabbcc`; null when it is not a hex colour. */
export function normaliseHexColour(input: string): string | null {
  const value = input.trim().toLowerCase().replace(/^#/, '');
  if (/^[0-9a-f]{6}$/.test(value)) return `#${value}`;
  if (/^[0-9a-f]{3}$/.test(value))
    return `#${value
      .split('')
      .map((c) => c + c)
      .join('')}`;
  return null;
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** WCAG relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Whether text in this colour on white (and white text on it) is readable enough. */
export function readableOnWhite(hex: string): boolean {
  return contrastRatio(hex, '#ffffff') >= MIN_CONTRAST_ON_WHITE;
}

/** The contrast against white, rounded down to one decimal and written the French way ("3,2"). */
export function contrastOnWhiteFr(hex: string): string {
  return (Math.floor(contrastRatio(hex, '#ffffff') * 10) / 10).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
}

/** A darker shade (hover, pressed): each channel scaled by `factor` (0.78 by default). */
export function darkerShade(hex: string, factor = 0.78): string {
  return `#${channels(hex)
    .map((c) =>
      Math.round(c * factor)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
