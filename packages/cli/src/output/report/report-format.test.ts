import { describe, expect, it } from 'vitest';
import { CliError } from '../../exit-codes.js';
import { CHECK_FORMATS, chooseFormat, COMPARE_FORMATS } from './report-format.js';

describe('chooseFormat', () => {
  it('defaults to text and takes --json as --format json', () => {
    expect(chooseFormat({}, CHECK_FORMATS)).toBe('text');
    expect(chooseFormat({ json: true }, CHECK_FORMATS)).toBe('json');
    expect(chooseFormat({ json: true, format: 'json' }, CHECK_FORMATS)).toBe('json');
    expect(chooseFormat({ format: 'sarif' }, COMPARE_FORMATS)).toBe('sarif');
  });

  it('refuses an unknown format with the valid list, and sarif where it is not offered', () => {
    expect(() => chooseFormat({ format: 'xml' }, COMPARE_FORMATS)).toThrow(
      new CliError("--format must be one of text, json, junit, github, markdown, sarif, got 'xml'"),
    );
    expect(() => chooseFormat({ format: 'sarif' }, CHECK_FORMATS)).toThrow(
      /one of text, json, junit, github, markdown,/,
    );
  });

  it('refuses --json with another format', () => {
    expect(() => chooseFormat({ json: true, format: 'junit' }, CHECK_FORMATS)).toThrow(
      /--json and --format junit/,
    );
  });
});
