import { describe, expect, it } from 'vitest';
import { isSameOriginRequest, originOf } from './same-origin.ts';

const PUBLIC = 'https://sillage.exemple.fr';
const check = (method: string, headers: Record<string, string>) =>
  isSameOriginRequest(method, (name) => headers[name], PUBLIC);

describe('same-origin writes (CSRF)', () => {
  it('lets reads through whatever their origin', () => {
    expect(check('GET', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' })).toBe(true);
    expect(check('HEAD', {})).toBe(true);
  });

  it('accepts a write from a page of Sillage, as a browser sends it', () => {
    expect(check('POST', { origin: PUBLIC, 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(check('DELETE', { origin: PUBLIC })).toBe(true);
    expect(check('POST', { referer: `${PUBLIC}/consultant/bilans/1` })).toBe(true);
  });

  it('refuses a write from another origin, even with a plausible Sec-Fetch-Site', () => {
    expect(check('POST', { origin: 'http://evil.example' })).toBe(false);
    expect(check('POST', { origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(check('POST', { origin: 'https://sillage.exemple.fr.evil.example' })).toBe(false);
    expect(check('POST', { origin: 'http://sillage.exemple.fr' })).toBe(false);
    expect(check('POST', { origin: 'null' })).toBe(false);
    expect(check('PUT', { referer: 'http://evil.example/page' })).toBe(false);
    expect(check('PATCH', { referer: 'pas une adresse' })).toBe(false);
  });

  it('refuses a write that Sec-Fetch-Site says comes from elsewhere, even with the right Origin', () => {
    expect(check('POST', { origin: PUBLIC, 'sec-fetch-site': 'same-site' })).toBe(false);
    expect(check('POST', { origin: PUBLIC, 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(check('POST', { origin: PUBLIC, 'sec-fetch-site': 'none' })).toBe(false);
  });

  it('refuses a write with neither Origin nor Referer', () => {
    expect(check('POST', {})).toBe(false);
    expect(check('POST', { 'sec-fetch-site': 'same-origin' })).toBe(false);
  });

  it('reads the origin of PUBLIC_URL', () => {
    expect(originOf('https://sillage.exemple.fr/base/')).toBe(PUBLIC);
    expect(originOf('http://localhost:3000')).toBe('http://localhost:3000');
    expect(originOf('nope')).toBeUndefined();
  });
});
