import { describe, expect, it } from 'vitest';
import { UpdateExternalTestSchema, formatFileSize, formatScoreValue } from './schemas.ts';

describe('external tests contract', () => {
  it('writes sizes and scores the French way', () => {
    expect([
      formatFileSize(300),
      formatFileSize(15_928),
      formatFileSize(10 * 1024 * 1024),
      formatFileSize(1_300_000),
    ]).toEqual(['300\u00a0o', '16\u00a0Ko', '10\u00a0Mo', '1,2\u00a0Mo']);
    expect([formatScoreValue(12.5), formatScoreValue(-3), formatScoreValue(1250.25)]).toEqual([
      '12,5',
      '-3',
      '1\u202f250,25',
    ]);
  });

  it('keeps the report unless asked to remove it', () => {
    const base = { testName: 'T', publisher: 'E', takenOn: '2026-01-02', code: 'X' };
    expect(UpdateExternalTestSchema.parse(base).removeReport).toBe(false);
    expect(UpdateExternalTestSchema.parse({ ...base, removeReport: true }).removeReport).toBe(true);
    expect(UpdateExternalTestSchema.safeParse({ ...base, code: '' }).error?.issues[0]?.message).toBe(
      'Indiquez au moins un score ou un code.',
    );
  });
});
