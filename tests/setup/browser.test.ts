import { describe, expect, it } from 'vitest';
import { browserTestsSkip, inCi, NO_CHROMIUM_IN_CI_MESSAGE, NO_CHROMIUM_MESSAGE } from './browser.ts';

describe('browser tests without Chromium (issue 10)', () => {
  it('run when Chromium is found, in CI or not', () => {
    expect(browserTestsSkip({ CI: 'true' }, '/usr/bin/chromium')).toBe('');
    expect(browserTestsSkip({}, '/usr/bin/chromium')).toBe('');
  });

  it('are skipped with a message on a developer’s machine', () => {
    expect(browserTestsSkip({}, undefined)).toBe(NO_CHROMIUM_MESSAGE);
    expect(browserTestsSkip({ CI: 'false' }, undefined)).toBe(NO_CHROMIUM_MESSAGE);
  });

  it('fail the run when CI is set', () => {
    expect(() => browserTestsSkip({ CI: 'true' }, undefined)).toThrow(NO_CHROMIUM_IN_CI_MESSAGE);
    expect(() => browserTestsSkip({ CI: '1' }, undefined)).toThrow(/intégration continue/);
  });

  it('reads CI as CI services set it', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: 'TRUE' })).toBe(true);
    expect(inCi({ CI: '1' })).toBe(true);
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({ CI: '0' })).toBe(false);
    expect(inCi({ CI: '' })).toBe(false);
    expect(inCi({})).toBe(false);
  });
});
