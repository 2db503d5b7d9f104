import { describe, expect, it } from 'vitest';
import { readMatrixQuery } from './matrix-query.js';

describe('readMatrixQuery', () => {
  it('groups q[] keys into selectors, each pacticipant starting a new one', () => {
    const query = readMatrixQuery(
      'q[][pacticipant]=web&q[][version]=w1&q[][pacticipant]=inventory&q[][latest]=true&q[][branch]=main&latestby=cvp&environment=production&ignore[][pacticipant]=x&ignore[][pacticipant]=y&ignore[][version]=y1',
    );
    expect(query).toEqual({
      selectors: [
        { pacticipant: 'web', version: 'w1' },
        { pacticipant: 'inventory', latest: true, branch: 'main' },
      ],
      latestby: 'cvp',
      environment: 'production',
      ignore: [{ pacticipant: 'x' }, { pacticipant: 'y', version: 'y1' }],
    });
  });

  it('reads the URL-encoded form clients send', () => {
    expect(readMatrixQuery('q%5B%5D%5Bpacticipant%5D=a%20b&q%5B%5D%5Bversion%5D=1').selectors).toEqual([
      { pacticipant: 'a b', version: '1' },
    ]);
  });

  it('reads the top-level latest, tag and mainBranch that pick the other pacticipants (no --to, --to TAG, can-i-merge)', () => {
    expect(
      readMatrixQuery('q[][pacticipant]=a&q[][version]=1&latestby=cvp&latest=true&tag=prod').others,
    ).toEqual({ latest: true, tag: 'prod' });
    expect(readMatrixQuery('q[][pacticipant]=a&q[][version]=1&latestby=cvp&latest=true').others).toEqual({
      latest: true,
    });
    expect(readMatrixQuery('q[][pacticipant]=a&q[][version]=1&mainBranch=true').others).toEqual({
      mainBranch: true,
    });
    expect(readMatrixQuery('q[][pacticipant]=a&q[][version]=1').others).toBeUndefined();
  });
});
