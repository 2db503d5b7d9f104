import { BrokerProblemError, BrokerUnreachableError, InvalidBrokerUrlError } from '@signet/client';
import { describe, expect, it } from 'vitest';
import { brokerFailure } from './broker-failure.js';

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  new BrokerProblemError({
    status,
    code: 'x.y',
    title: 'T',
    detail: 'what went wrong',
    requestId: 'r-1',
    ...extra,
  });

describe('brokerFailure', () => {
  it('makes a refusal (4xx) a usage error: code, detail (the title when there are issues), request id, issues', () => {
    expect(brokerFailure(problem(409))).toEqual({
      exitCode: 2,
      code: 'x.y',
      message: 'the broker answered 409 x.y: what went wrong (request r-1)',
    });
    const issues = [{ path: 'body.version', message: 'Required' }];
    expect(brokerFailure(problem(400, { issues }))?.message).toBe(
      'the broker answered 400 x.y: T (request r-1)\n  body.version: Required',
    );
  });

  it('makes a broker URL the client will not call a usage error, with the client’s message', () => {
    expect(brokerFailure(new InvalidBrokerUrlError('ftp://b'))).toEqual({
      exitCode: 2,
      code: 'broker.url-invalid',
      message: "the broker URL must be an http or https URL, got 'ftp://b'",
    });
  });

  it('makes no answer, or a failing broker (5xx), exit 3', () => {
    expect(brokerFailure(new BrokerUnreachableError('http://b/api/v1/graph', 'ECONNREFUSED'))).toEqual({
      exitCode: 3,
      code: 'broker.unreachable',
      message: 'cannot reach the broker at http://b/api/v1/graph: ECONNREFUSED',
    });
    expect(brokerFailure(problem(503))?.exitCode).toBe(3);
  });

  it("names the flags that set the fields of a command's refused request, keeping unknown paths", () => {
    const issues = [
      { path: 'body.events.1', message: 'Invalid option' },
      { path: 'query.limit', message: 'Too big' },
      { path: 'body.url', message: 'Invalid URL' },
    ];
    expect(brokerFailure(problem(400, { issues }), 'webhook create')?.message).toBe(
      'the broker answered 400 x.y: T (request r-1)\n' +
        '  --event (the 2nd): Invalid option\n  query.limit: Too big\n  --url: Invalid URL',
    );
    expect(brokerFailure(problem(400, { issues }), 'webhook deliveries')?.message).toContain(
      '  --limit: Too big',
    );
  });

  it('says how to give a token when the broker answers 401', () => {
    expect(brokerFailure(problem(401))?.message).toMatch(/\n {2}pass --token <token> or set SIGNET_TOKEN/);
    expect(brokerFailure(problem(403))?.message).not.toMatch(/SIGNET_TOKEN/);
  });

  it('leaves other errors alone', () => {
    expect(brokerFailure(new Error('boom'))).toBeUndefined();
  });
});
