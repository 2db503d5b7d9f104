import { hrefs } from '../../router/hrefs.js';

/** The "Check a spec change" page of a provider. */
export const specChangeHref = (service: string) => `${hrefs.service(service)}/spec-change`;
