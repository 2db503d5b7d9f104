import { renderTemplate, templateVariables as coreVariables } from '@signet/core';
import { describe, expect, it } from 'vitest';
import {
  bodyContext,
  previewTemplate,
  sampleValues,
  templateVariables,
  unknownPlaceholders,
} from './template-variables.js';

/** What the broker adds to core's table when it delivers (rendered-event.ts: versions, statuses, eventName). */
const brokerPactValues = {
  consumerVersionTags: '',
  consumerVersionBranch: '',
  providerVersionNumber: '',
  providerVersionTags: '',
  providerVersionBranch: '',
  providerVersionDescriptions: '',
  consumerLabels: '',
  providerLabels: '',
  currentlyDeployedProviderVersionNumber: '',
  githubVerificationStatus: 'success',
  bitbucketVerificationStatus: 'SUCCESSFUL',
  eventName: 'verification.succeeded',
};
const event = {
  id: 'e1',
  type: 'verification.succeeded',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  facts: { consumer: 'cart', provider: 'inventory', providerVersion: '1.4.0' },
  pact: brokerPactValues,
};

describe('the webhook form’s template variables', () => {
  it('are exactly the names the broker fills (core’s table and what the broker adds)', () => {
    const rendered = Object.keys(coreVariables(event, 'http://signet.test')).sort();
    expect(templateVariables.map((variable) => variable.name).sort()).toEqual(rendered);
  });

  it('warns about every ${…} the broker would send literally, and about none it fills', () => {
    const everyKnown = templateVariables
      .map((v) => `\${signet.${v.name}} \${pactbroker.${v.name}}`)
      .join(' ');
    expect(unknownPlaceholders(everyKnown)).toEqual([]);
    // Each of these is left as written by core's renderer too.
    const typos = ['${signet.providr}', '${pact.provider}', '${provider}', '${ signet.provider }', '${}'];
    expect(unknownPlaceholders(`${typos.join('/')}/${typos[0]}`)).toEqual(typos);
    for (const typo of typos) expect(renderTemplate(typo, event, 'http://signet.test', 'text')).toBe(typo);
  });

  it('previews a request escaped as the broker escapes it', () => {
    const values = sampleValues({ service: '', consumer: 'cart', provider: 'in ventory' });
    const url =
      'https://ci.example/${signet.provider}?v=${pactbroker.providerVersionNumber}&x=${signet.nope}';
    expect(previewTemplate(url, values, 'url')).toBe(
      'https://ci.example/in%20ventory?v=1.4.0&x=${signet.nope}',
    );
    const body = '{"text":"${signet.consumer} → ${signet.provider}"}';
    expect(bodyContext(body)).toBe('json');
    expect(JSON.parse(previewTemplate(body, values, bodyContext(body)))).toEqual({
      text: 'cart → in ventory',
    });
    expect(previewTemplate('${signet.consumer}\r\nX', { consumer: 'a\nb' }, 'header')).toBe('a b\r\nX');
  });
});
