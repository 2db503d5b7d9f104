import { describe, expect, it } from 'vitest';
import { FieldErrorList, PactValidationError } from '../errors/pact-validation-error.js';
import {
  readSelectors,
  selectorRuleProblems,
  type ConsumerVersionSelector,
  type SelectorContext,
} from './selectors.js';

const context: SelectorContext = { providerVersionBranch: 'main', environments: new Set(['production']) };
const problems = (selector: ConsumerVersionSelector, ctx = context) => selectorRuleProblems(selector, ctx);

describe('consumer version selector rules', () => {
  it('accepts each valid kind of selector', () => {
    for (const selector of [
      { mainBranch: true },
      { mainBranch: true, consumer: 'web', latest: true },
      { branch: 'feat', fallbackBranch: 'main' },
      { matchingBranch: true },
      { tag: 'prod' },
      { tag: 'prod', latest: true, fallbackTag: 'main' },
      { latest: true },
      { deployed: true, environment: 'production' },
      { released: true },
      { deployedOrReleased: true },
      { environment: 'production' },
    ] as ConsumerVersionSelector[])
      expect(problems(selector), JSON.stringify(selector)).toEqual([]);
  });

  it('needs at least one key that chooses versions', () => {
    expect(problems({ consumer: 'web' })[0]).toMatch(
      /^must specify a value for environment or tag or branch/,
    );
    expect(problems({})).toHaveLength(1);
  });

  it('combines mainBranch and matchingBranch only with consumer, and matchingBranch needs a provider branch', () => {
    expect(problems({ mainBranch: true, tag: 'x' })).toContain(
      'cannot specify mainBranch=true with any other criteria apart from consumer',
    );
    expect(problems({ matchingBranch: true }, { environments: new Set() })).toEqual([
      'the providerVersionBranch must be specified when the selector matchingBranch=true is used',
    ]);
  });

  it('keeps tag and branch apart, and branch or tag keys apart from environment keys', () => {
    expect(problems({ tag: 'a', branch: 'b' })).toContain('cannot specify both a tag and a branch');
    expect(problems({ branch: 'b', deployed: true })).toContain(
      'cannot specify a branch or tag with deployed, released, deployedOrReleased or environment',
    );
  });

  it('checks fallbacks, latest=false and the deployment keys', () => {
    expect(problems({ tag: 'a', fallbackTag: 'b' })).toContain(
      'fallbackTag can only be set if tag is set and latest=true',
    );
    expect(problems({ latest: true, fallbackBranch: 'b' })).toContain(
      'fallbackBranch can only be set if branch is set',
    );
    expect(problems({ branch: 'b', latest: false })).toContain(
      'cannot specify latest=false with branch or mainBranch',
    );
    expect(problems({ deployed: true, released: true })).toContain(
      'cannot specify more than one of deployed, released or deployedOrReleased',
    );
    expect(problems({ environment: 'mars' })).toContain("no environment with name 'mars' exists");
  });

  it('reports every problem under consumerVersionSelectors with its index, in Pact shape', () => {
    const errors = new FieldErrorList();
    readSelectors(
      [{ mainBranch: true }, { tag: 'a', branch: 'b' }, { deployed: 'yes', colour: 'red' }],
      context,
      errors,
    );
    const thrown = (() => {
      try {
        errors.throwIfAny();
      } catch (error) {
        return error;
      }
    })() as PactValidationError;
    expect(thrown).toBeInstanceOf(PactValidationError);
    expect(thrown.errors['consumerVersionSelectors']).toEqual([
      'cannot specify both a tag and a branch (at index 1)',
      'deployed must be a boolean (at index 2)',
      expect.stringMatching(/^must specify a value .* \(at index 2\)$/),
    ]);
  });

  it('ignores keys it does not know, as Pact Broker does, keeping the ones it knows', () => {
    const errors = new FieldErrorList();
    const [selector] = readSelectors(
      [{ branch: 'feat', colour: 'red', futureKey: { x: 1 } }],
      context,
      errors,
    );
    expect(() => errors.throwIfAny()).not.toThrow();
    expect(selector).toEqual({ branch: 'feat' });
  });
});
