/**
 * The values the fuzzer (`src/app/fuzz.db.test.ts`) throws at the API, as fast-check arbitraries:
 * plausible ones (French text, numbers written as people write them, real dates and times) and
 * hostile ones (control characters, lone surrogates, very long text, right-to-left marks, SQL and
 * HTML fragments, impossible dates, Paris daylight-saving gaps, absurd numbers, wrong types).
 */
import fc from 'fast-check';

/**
 * A JSON value written as is in the body (`1e999`, `-0`, a 30-digit integer): `JSON.stringify`
 * cannot produce them, a client can.
 */
export class RawJson {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with each lone surrogate replaced by U+FFFD (what `String.prototype.toWellFormed` does). */
export const wellFormed = (text: string) => text.replace(LONE_SURROGATES, '\ufffd');

/** Own `__proto__` and `constructor` keys, as `JSON.parse` makes them (an object literal would not). */
const PROTOTYPE_POLLUTION: unknown[] = [
  JSON.parse('{"__proto__":{"role":"admin","isAdmin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"role":"admin"}}}'),
];

export const HOSTILE_TEXT: readonly string[] = [
  '',
  ' ',
  '   ',
  '\u0000',
  'avant\u0000après',
  '\u0001\u0002\u0003\u0007\u0008',
  'ligne 1\nligne 2\r\nligne 3\ttabulée',
  '\u000b\u000c\u001b[31mrouge\u001b[0m',
  '\u007f\u0080\u0085\u009f',
  '\u2028\u2029',
  '\ud800',
  'moitié d’émoji \ud83d',
  '\udc00 à l’envers',
  '\ud83d\ude00\ud83d',
  '\u202eevil.exe\u202c',
  '\u200f\u200e\u200b\u200c\u200d\u2060\ufeff',
  'مرحبا بالعالم',
  'שלום עולם',
  '👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301\u0301',
  'ﬁ ﬂ Å Å',
  'Ｆｕｌｌｗｉｄｔｈ ２０２６',
  '٢٠٢٦-١١-٢٣',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  '$$; SELECT 1; $$',
  '\\x00\\\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '{{7*7}}${7*7}#{7*7}',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00%2e%2e%2f',
  '%ED%A0%80',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '[object Object]',
  '__proto__',
  'constructor',
  'a'.repeat(201),
  'é'.repeat(1001),
  'x'.repeat(10_001),
  '🙂'.repeat(5000),
  'mot '.repeat(30_000),
];

export const HOSTILE_NUMBERS_AS_TEXT: readonly string[] = [
  '0',
  '-0',
  '-1',
  '1e3',
  '1e309',
  '-1e309',
  '0x10',
  '0b11',
  '1_000',
  '12,5',
  '1 800,50',
  '1\u00a0800',
  '1\u202f800',
  '1.800.000',
  '٣',
  '２０',
  '20 heures',
  '20h',
  '9'.repeat(400),
  '2147483648',
  '9007199254740993',
  '0.1',
  '.5',
  '5.',
  '+5',
  '- 5',
  '1e-400',
];

export const HOSTILE_NUMBERS: readonly unknown[] = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  new RawJson('1e999'),
  new RawJson('-1e999'),
  new RawJson('-0'),
  new RawJson('1e-400'),
  new RawJson('123456789012345678901234567890'),
  new RawJson('1.00000000000000000000000000001'),
];

/** Dates a person may type: real ones around the clock of the tests, edges, and impossible ones. */
export const PLAUSIBLE_DATES: readonly string[] = [
  '2026-11-23',
  '2026-11-24',
  '2026-12-01',
  '2027-01-15',
  '2027-03-01',
  '2027-03-28',
  '2027-10-31',
  '2026-11-01',
  '2026-05-04',
  '2026-01-01',
  '2026-12-31',
  '2024-02-29',
];

export const HOSTILE_DATES: readonly string[] = [
  '2026-02-30',
  '2027-02-29',
  '2026-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-11-00',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '2100-01-01',
  '9999-12-31',
  '2026-1-5',
  '26-11-23',
  '23/11/2026',
  '2026/11/23',
  '+002026-11-23',
  '-002026-11-23',
  '2026-11-23T10:00',
  '2026-11-23 ',
  ' 2026-11-23',
  '2026-11-23\u0000',
  '２０２６-１１-２３',
];

export const PLAUSIBLE_TIMES: readonly string[] = [
  '09:00',
  '10:00',
  '11:00',
  '12:00',
  '14:00',
  '17:30',
  '00:00',
  '23:59',
];

/** Paris local times that do not exist (the spring gap) or exist twice (the autumn fold), and broken ones. */
export const HOSTILE_TIMES: readonly string[] = [
  '02:00',
  '02:30',
  '02:59',
  '03:00',
  '24:00',
  '23:60',
  '25:00',
  '9:00',
  '09:0',
  '-01:00',
  '09:00:00',
  '09h00',
  '0900',
  '١٠:٠٠',
];

/** Instants as ISO strings: the daylight-saving gap and fold in Paris, impossible and far ones. */
export const HOSTILE_INSTANTS: readonly string[] = [
  '2027-03-28T02:30',
  '2027-03-28T02:30:00',
  '2027-03-28T01:30:00Z',
  '2027-10-31T02:30',
  '2026-02-30T10:00:00Z',
  '2027-02-29T10:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-11-18T09:00:00.000+14:00',
  '2026-11-18T25:00:00Z',
  '2026-11-18',
  '1',
  'now',
];

export const HOSTILE_EMAILS: readonly string[] = [
  'pas-une-adresse',
  '@exemple.fr',
  'a@b',
  'a@@exemple.fr',
  'a@exemple..fr',
  'a b@exemple.fr',
  'A@EXEMPLE.FR',
  ' espace@exemple.fr ',
  'élise@exemple.fr',
  'x@xn--exmple-cua.fr',
  `${'a'.repeat(250)}@exemple.fr`,
  'a@exemple.fr\u0000',
  'a@exemple.fr\nBcc: b@exemple.fr',
  '"quoted"@exemple.fr',
  'a+tag@exemple.fr',
];

export const HOSTILE_UUIDS: readonly string[] = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-0000-0000-0000000000000',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '1',
  '-1',
  'null',
  'undefined',
  "1' OR '1'='1",
];

const FRENCH_TEXT = [
  'Bonjour',
  'Léa Martin',
  'Bruno Lefèvre',
  'Analyse du besoin',
  'Souhaite se reconvertir après quinze ans dans la logistique.',
  'Séance à distance',
  'Bureau 2',
  'Déménagement',
  'OPCO Atlas',
  'Cap Avenir Conseil',
  'N’importe quoi',
  'Œuvre d’art',
];

/** Numbers as people type them in a form (hours, prices, months). */
const PLAUSIBLE_NUMBERS_AS_TEXT = ['1', '2', '6', '12', '20', '24', '1 800', '1800', '1 600,50', '15'];

export const hostileText = fc.constantFrom(...HOSTILE_TEXT);
export const dateText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date('1890-01-01T00:00:00Z'), max: new Date('2110-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
);
export const timeText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_TIMES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TIMES) },
);
export const instantText = fc.oneof(
  fc
    .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(...HOSTILE_INSTANTS),
);
export const emailText = fc.oneof(
  { weight: 3, arbitrary: fc.emailAddress({ size: 'small' }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_EMAILS) },
);
export const numberText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PLAUSIBLE_NUMBERS_AS_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS_AS_TEXT) },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map(String) },
);
export const plainText = (minLength = 0, maxLength = 60) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...FRENCH_TEXT).filter((t) => t.length >= minLength && t.length <= maxLength),
    },
    { weight: 2, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, 60) }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, 30), unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, 30), unit: 'binary' }) },
  );

/** A string of any kind: hostile, a date, a time, a number, an address, text. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: dateText },
  { weight: 1, arbitrary: timeText },
  { weight: 1, arbitrary: instantText },
  { weight: 1, arbitrary: numberText },
  { weight: 1, arbitrary: emailText },
  { weight: 2, arbitrary: plainText() },
);

/** Deep nesting: a parser or a recursive check that recurses once per level. */
const deeplyNested = fc
  .constantFrom(100, 1000, 20_000)
  .chain((depth) =>
    fc.constantFrom(
      new RawJson('['.repeat(depth) + ']'.repeat(depth)),
      new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    ),
  );

/** Any JSON value a client could send where another was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anyText },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [''], { $ne: null }, ...PROTOTYPE_POLLUTION),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(anyText, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(fc.constant('x'), { minLength: 1000, maxLength: 1000 }) },
  { weight: 1, arbitrary: deeplyNested },
);

/** Client addresses for `X-Forwarded-For`: documentation ranges (never the fixtures' own), and junk. */
export const forwardedFor = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.nat(255), fc.nat(255)).map(([a, b]) => `198.18.${a}.${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('2001:db8::7', '::1', '::ffff:198.18.0.1', 'fe80::1%eth0') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'pas-une-adresse',
      '999.1.1.1',
      '198.18.0.1, 10.0.0.1',
      ', ,',
      'unknown',
      '1'.repeat(300),
    ),
  },
);

/** Header values (`User-Agent`, a cookie): Latin-1 only, as HTTP carries them, hostile where possible. */
export const headerText = fc.oneof(
  fc.constantFrom(
    'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/140.0',
    '',
    "'; DROP TABLE audit_events; --",
    '<script>alert(1)</script>',
    'é\u00ff\u0080\u009f\u007f',
    'a'.repeat(8000),
  ),
  fc.string({ maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
);
