import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactText, secretsOf } from './redact.js';
import { isSecretParam, redactUrl, redactUrlsIn, restoreUrl, urlSecrets } from './redact-url.js';

describe('redactUrl', () => {
  it('redacts user info and credential-like query values, and nothing else', () => {
    expect(redactUrl('https://ci:pw@hooks.example.com/x?token=abc&b=1#f')).toBe(
      'https://[redacted]@hooks.example.com/x?token=[redacted]&b=1#f',
    );
    expect(redactUrl('https://hooks.example.com/${pactbroker.providerName}?build=1')).toBe(
      'https://hooks.example.com/${pactbroker.providerName}?build=1',
    );
    for (const name of [
      'token',
      'access_token',
      'api_key',
      'apiKey',
      'key',
      'secret',
      'signature',
      'sig',
      'password',
      'X-Amz-Signature',
      'client%5Fsecret',
    ])
      expect(redactUrl(`https://h.example/?${name}=v4lue&keep=yes`), name).toBe(
        `https://h.example/?${name}=[redacted]&keep=yes`,
      );
    expect(redactUrl('https://h.example/?keyboard=1&monkey=2&flag')).toBe(
      'https://h.example/?keyboard=1&monkey=2&flag',
    );
  });

  it('redacts the whole text when it is not a URL whose parts can be told apart', () => {
    expect(redactUrl('not a url with secret')).toBe('[redacted]');
  });

  it('never shows a credential of a generated URL (property, 500 runs)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_-]{6,20}$/);
    fc.assert(
      fc.property(
        word,
        word,
        word,
        fc.constantFrom('token', 'api_key', 'sig', 'password'),
        (user, pw, value, name) => {
          const url = `https://${user}:${pw}@hooks.example.com/p?${name}=${value}&x=1`;
          const shown = redactUrl(url);
          expect(shown).not.toContain(pw);
          expect(shown).not.toContain(`=${value}`);
          expect(restoreUrl(shown, url)).toBe(url);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('redactUrlsIn', () => {
  it('redacts every URL inside a text', () => {
    expect(
      redactUrlsIn(
        'redirect to https://u:p@evil.example/?sig=zz not followed; see http://a.example/?token=t',
      ),
    ).toBe(
      'redirect to https://[redacted]@evil.example/?sig=[redacted] not followed; see http://a.example/?token=[redacted]',
    );
  });
});

describe('restoreUrl', () => {
  const stored = 'https://ci:pw@hooks.example.com/x?token=abc&b=1';
  it('puts stored credentials back where the URL was sent as shown, and keeps new values', () => {
    expect(restoreUrl('https://[redacted]@hooks.example.com/y?token=[redacted]&b=2', stored)).toBe(
      'https://ci:pw@hooks.example.com/y?token=abc&b=2',
    );
    expect(restoreUrl('https://me:new@hooks.example.com/x?token=fresh', stored)).toBe(
      'https://me:new@hooks.example.com/x?token=fresh',
    );
    // Nothing stored to restore: the text stays as sent.
    expect(restoreUrl('https://h.example/?api_key=[redacted]', stored)).toBe(
      'https://h.example/?api_key=[redacted]',
    );
  });
});

describe('secrets of a URL', () => {
  it('are redacted from what a receiver echoes back', () => {
    const url = 'https://ci:hunter22@hooks.example.com/x?access_token=tok%2Fen1';
    expect(urlSecrets(url)).toEqual(expect.arrayContaining(['hunter22', 'tok%2Fen1', 'tok/en1']));
    const secrets = secretsOf({ secret: null, headers: {}, url });
    expect(redactText('echo: hunter22 tok/en1', secrets)).toBe('echo: [redacted] [redacted]');
    expect(isSecretParam('page')).toBe(false);
  });
});
