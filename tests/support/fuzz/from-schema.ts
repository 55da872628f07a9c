/**
 * Well-shaped values for an endpoint's zod schema (zod v4, read through its definitions): the
 * types, lengths, formats, patterns, enums and literals the schema declares. Refinements cannot
 * be inverted, so a generated value may still be refused; the matrix's example bodies give values
 * known to pass. Field names steer plain strings towards what they hold (a date, a time, an
 * address, an amount), where a random string would never pass.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { dateText, emailText, instantText, numberText, plainText, timeText } from './values.ts';

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
}

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => z.ZodType;
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

/** Optional in an object: may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  const { type } = defOf(schema);
  return type === 'optional' || type === 'default' || type === 'prefault';
}

const DATE_SAMPLE = '2026-11-23';
const TIME_SAMPLE = '14:00';

function stringFor(def: Def, key: string): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const format = def.format ?? checks.find((c) => c.check === 'string_format' && c.format !== 'regex')?.format;
  if (format === 'uuid' || format === 'guid') return fc.uuid();
  if (format === 'email') return emailText;
  if (format === 'datetime') return instantText;
  const minimum = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const maximum = Math.min(200, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 200));
  const patterns = [def.pattern, ...checks.map((c) => (c.check === 'string_format' ? c.pattern : undefined))].filter(
    (p): p is RegExp => p instanceof RegExp,
  );
  const pattern = patterns[0];
  if (pattern) {
    if (pattern.test(DATE_SAMPLE)) return dateText;
    if (pattern.test(TIME_SAMPLE)) return timeText;
    return fc.stringMatching(pattern).filter((s) => s.length <= Math.max(maximum, 300));
  }
  if (/e-?mail/i.test(key)) return emailText;
  if (/(Date|date|On)$|^(from|to)$/.test(key)) return dateText;
  if (/(start|Start|end|End|time|Time)$/.test(key)) return fc.oneof(timeText, instantText);
  if (/(price|Price|Hours|hours|Minutes|Months|Days|Delay|amount)$/.test(key))
    return fc.oneof({ weight: 3, arbitrary: numberText }, { weight: 1, arbitrary: plainText(minimum, maximum) });
  return plainText(minimum, Math.max(minimum, maximum));
}

function numberFor(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const integer = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const min = lower ? Number(lower.value) + (lower.inclusive ? 0 : integer ? 1 : 1e-9) : -1000;
  const max = upper ? Number(upper.value) - (upper.inclusive ? 0 : integer ? 1 : 1e-9) : 1000;
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) });
  return fc.double({ min, max: Math.max(min, max), noNaN: true, noDefaultInfinity: true });
}

/** A value of the schema's input type, as a client would send it. */
export function wellShaped(schema: z.ZodType, key = '', depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(null);
  switch (def.type) {
    case 'string':
      return stringFor(def, key);
    case 'number':
      return numberFor(def);
    case 'int':
      return fc.integer({ min: -1000, max: 1000 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'object': {
      const shape = def.shape ?? {};
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, field] of Object.entries(shape)) fields[name] = wellShaped(field, name, depth + 1);
      const requiredKeys = Object.entries(shape)
        .filter(([, field]) => !isOptional(field))
        .map(([name]) => name);
      return fc.record(fields, { requiredKeys });
    }
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 6, minLength + 6);
      return fc.array(wellShaped(def.element!, key, depth + 1), { minLength, maxLength });
    }
    case 'record':
      return fc.dictionary(
        fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), wellShaped(def.keyType!, '', depth + 1).map(String)),
        wellShaped(def.valueType!, '', depth + 1),
        { maxKeys: 6 },
      );
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => wellShaped(option, key, depth + 1)));
    case 'pipe':
      return wellShaped(def.in!, key, depth);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return wellShaped(def.innerType!, key, depth);
    case 'nullable':
      return fc.option(wellShaped(def.innerType!, key, depth), { nil: null, freq: 5 });
    case 'lazy':
      return wellShaped(def.getter!(), key, depth + 1);
    default:
      // unknown, any, transform, custom: any JSON.
      return fc.jsonValue({ maxDepth: 3 });
  }
}
