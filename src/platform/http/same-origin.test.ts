import { describe, expect, it } from 'vitest';
import { allowedOrigins, isSameOriginRequest, originOf } from './same-origin.ts';

const PUBLIC = 'https://sillage.exemple.fr';
const check = (method: string, headers: Record<string, string>) =>
  isSameOriginRequest(method, (name) => headers[name], allowedOrigins(PUBLIC));

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

  it('accepts the other loopback names of a local PUBLIC_URL, and nothing else', () => {
    const local = allowedOrigins('http://localhost:3000');
    const write = (origin: string) => isSameOriginRequest('POST', (name) => ({ origin })[name as 'origin'], local);
    expect(write('http://localhost:3000')).toBe(true);
    expect(write('http://127.0.0.1:3000')).toBe(true);
    expect(write('http://[::1]:3000')).toBe(true);
    expect(write('http://127.0.0.1:3001')).toBe(false);
    expect(write('https://localhost:3000')).toBe(false);
    expect(write('http://evil.example')).toBe(false);
    expect([...allowedOrigins(PUBLIC)]).toEqual([PUBLIC]);
  });
});
