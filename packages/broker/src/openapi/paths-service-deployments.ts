import { op, path, ref } from './operation.js';

/** Where one service runs now, across environments (the UI's service page asks this once). */
export const serviceDeploymentsPaths = {
  '/api/v1/services/{name}/deployed-versions': {
    get: op({
      summary: "The service's current deployments and releases in every environment (one page)",
      tag: 'deployments',
      parameters: [path('name')],
      ok: [200, 'A page', ref('DeployedVersionPage')],
      errors: [404],
    }),
  },
};
