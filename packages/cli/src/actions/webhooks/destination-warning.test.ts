import { describe, expect, it } from 'vitest';
import { destinationWarning, refusedDestination } from './destination-warning.js';

describe('refusedDestination', () => {
  it('names loopback, private, link-local and unspecified literal addresses, and localhost', () => {
    expect(refusedDestination('http://localhost:8080/hook')).toBe('localhost is a loopback name');
    expect(refusedDestination('http://127.0.0.1/hook')).toBe('127.0.0.1 is a loopback address');
    expect(refusedDestination('http://10.1.2.3/')).toBe('10.1.2.3 is a private address');
    expect(refusedDestination('http://172.20.0.1/')).toBe('172.20.0.1 is a private address');
    expect(refusedDestination('http://192.168.1.1/')).toBe('192.168.1.1 is a private address');
    expect(refusedDestination('http://169.254.169.254/latest')).toBe(
      '169.254.169.254 is a link-local address',
    );
    expect(refusedDestination('http://[::1]:9000/')).toBe('::1 is a loopback address');
    expect(refusedDestination('http://[fd00::1]/')).toBe('fd00::1 is a private (unique local) address');
    expect(refusedDestination('http://[::ffff:127.0.0.1]/')).toBe('::ffff:7f00:1 is a loopback address');
    expect(refusedDestination('http://0x7f.1/')).toBe('127.0.0.1 is a loopback address'); // URL normalises it
  });

  it('says nothing of public addresses, host names or templated URLs', () => {
    expect(refusedDestination('https://hooks.example.com/x')).toBeUndefined();
    expect(refusedDestination('http://8.8.8.8/')).toBeUndefined();
    expect(refusedDestination('http://172.32.0.1/')).toBeUndefined();
    expect(refusedDestination('${signet.url}')).toBeUndefined();
  });

  it('warns naming the broker setting that allows the host', () => {
    expect(destinationWarning('http://10.0.0.5:8080/hook')).toBe(
      'warning: 10.0.0.5 is a private address: the broker refuses to save or call it unless ' +
        'SIGNET_WEBHOOK_ALLOWED_HOSTS names it (e.g. SIGNET_WEBHOOK_ALLOWED_HOSTS=10.0.0.5; see docs/webhooks.md)\n',
    );
    expect(destinationWarning('https://hooks.example.com/')).toBeUndefined();
  });
});
