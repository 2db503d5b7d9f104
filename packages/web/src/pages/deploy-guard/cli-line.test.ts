import { describe, expect, it } from 'vitest';
import { cliLine } from './cli-line.js';

describe('the deploy guard’s command line', () => {
  it('asks the CLI the same question, quoting only what a shell would split or expand', () => {
    expect(cliLine({ service: 'cart', version: '1.2.3+b4', environment: 'production' })).toBe(
      'signet deploy-guard --service cart --version 1.2.3+b4 --environment production',
    );
    expect(cliLine({ service: 'cart', version: "it's $HOME", environment: 'pre prod' })).toBe(
      `signet deploy-guard --service cart --version 'it'\\''s $HOME' --environment 'pre prod'`,
    );
  });
});
