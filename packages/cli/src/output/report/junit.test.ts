import { describe, expect, it } from 'vitest';
import { junitXml } from './junit.js';
import { describeWithXmllint, junitSchemaErrors } from './testing/report-schemas.js';
import { sampleReport } from './testing/sample-report.js';

describe('JUnit writer', () => {
  it('writes one suite with a testcase per case and counts that add up', () => {
    const xml = junitXml(sampleReport());
    expect(xml).toContain(
      '<testsuites name="signet compare" tests="4" failures="1" errors="0" time="1.234">',
    );
    expect(xml).toContain('skipped="1"');
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml.match(/<testsuite /g)).toHaveLength(1);
  });

  it('gives a failed case one failure with its first error as message and every problem in the text', () => {
    const xml = junitXml(sampleReport());
    expect(xml).toContain(
      '<failure message="must be integer: 100%, a,b: c&#10;second line" type="response.body.incompatible">',
    );
    expect(xml).toContain('at pacts/cart-inventory.json:12');
    expect(xml).toContain('name="a request for &lt;items&gt; &amp; &quot;gadgets&quot;"');
  });

  it('puts the warnings of a passing case in system-out and marks skipped cases', () => {
    const xml = junitXml(sampleReport());
    expect(xml).toMatch(
      /<system-out>warning request\.header\.unknown: X-Trace is not in the spec<\/system-out>/,
    );
    expect(xml).toContain('<skipped message="no examples"/>');
  });
});

describeWithXmllint('JUnit writer output against the JUnit schema', () => {
  it('validates, hostile text included', () => {
    const report = sampleReport();
    report.cases[1]!.problems[0]!.message = 'nul \u0000 bell \u0007 lone \ud800 ]]> <!-- end';
    expect(junitSchemaErrors(junitXml(report))).toEqual([]);
  });

  it('validates an empty run', () => {
    expect(junitSchemaErrors(junitXml({ ...sampleReport(), cases: [] }))).toEqual([]);
  });

  it('is a schema that can refuse: a testsuite without counts fails', () => {
    expect(junitSchemaErrors('<testsuites><testsuite name="x"/></testsuites>').length).toBeGreaterThan(0);
  });
});
