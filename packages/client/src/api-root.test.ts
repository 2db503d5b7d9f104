import { describe, expect, it } from 'vitest';
import { apiRoot } from './api-root.js';
import { createClient } from './client.js';
import { InvalidBrokerUrlError } from './errors.js';
import { followEvents } from './events-stream.js';

describe('the broker URL', () => {
  it('is the root of /api/v1, with or without a trailing slash', () => {
    expect(apiRoot('http://localhost:3000')).toBe('http://localhost:3000/api/v1');
    expect(apiRoot('https://broker.example/signet/')).toBe('https://broker.example/signet/api/v1');
  });

  it.each(['ftp://broker.example', 'localhost:3000', 'broker.example', ''])(
    'refuses %j before anything is sent, naming it',
    (url) => {
      expect(() => createClient({ baseUrl: url })).toThrow(InvalidBrokerUrlError);
      expect(() => createClient({ baseUrl: url })).toThrow(
        `the broker URL must be an http or https URL, got '${url}'`,
      );
      expect(() => followEvents({ baseUrl: url }, { onEvent: () => undefined })).toThrow(
        InvalidBrokerUrlError,
      );
    },
  );
});
