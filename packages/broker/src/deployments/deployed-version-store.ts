import type { Db } from '../store/db.js';
import { decodeIdCursor, pageLimit, toPage, type Page, type PageRequest } from '../store/page.js';
import type { DeployedVersion } from '../store/records.js';

export interface DeploymentTarget {
  serviceId: number;
  versionId: number;
  environmentId: number;
}

/**
 * What runs where. A deployment replaces the current deployment of the same application instance; releases
 * accumulate until support ends. Rows are never deleted: ending one sets `ended_at`.
 */
export function deployedVersionStore(db: Db) {
  const select = () =>
    db
      .selectFrom('deployed_versions as d')
      .innerJoin('services as s', 's.id', 'd.service_id')
      .innerJoin('versions as v', 'v.id', 'd.version_id')
      .innerJoin('environments as e', 'e.id', 'd.environment_id')
      .select([
        'd.id',
        's.name as service',
        'v.number as version',
        'd.version_id as versionId',
        'e.name as environment',
        'd.kind',
        'd.application_instance as applicationInstance',
        'd.created_at as createdAt',
        'd.ended_at as endedAt',
      ]);

  return {
    /** One deployment or release by id, ended or not. */
    async find(id: number): Promise<DeployedVersion | undefined> {
      return select().where('d.id', '=', id).executeTakeFirst();
    },

    /**
     * Call inside a transaction: ends the instance's current deployment, then records the new one. Deployments
     * to one environment take turns (a lock on its row until commit): two at once would otherwise both find no
     * current deployment to end and the second would break `one_current_deployment`.
     */
    async deploy(target: DeploymentTarget, applicationInstance: string): Promise<DeployedVersion> {
      await db
        .selectFrom('environments')
        .select('id')
        .where('id', '=', target.environmentId)
        .forNoKeyUpdate()
        .execute();
      await db
        .updateTable('deployed_versions')
        .set({ ended_at: new Date() })
        .where('environment_id', '=', target.environmentId)
        .where('service_id', '=', target.serviceId)
        .where('application_instance', '=', applicationInstance)
        .where('kind', '=', 'deployment')
        .where('ended_at', 'is', null)
        .execute();
      const { id } = await db
        .insertInto('deployed_versions')
        .values({
          service_id: target.serviceId,
          version_id: target.versionId,
          environment_id: target.environmentId,
          kind: 'deployment',
          application_instance: applicationInstance,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await select().where('d.id', '=', id).executeTakeFirst())!;
    },

    /** Records a release unless the version is already a current release there; returns the current row. */
    async release(target: DeploymentTarget): Promise<DeployedVersion> {
      await db
        .insertInto('deployed_versions')
        .values({
          service_id: target.serviceId,
          version_id: target.versionId,
          environment_id: target.environmentId,
          kind: 'release',
          application_instance: '',
        })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
      return (await this.current({ environmentId: target.environmentId, versionId: target.versionId })).find(
        (row) => row.kind === 'release',
      )!;
    },

    /** Ends current rows of the version in the environment of one kind (optionally one instance); returns how many ended. */
    async end(
      versionId: number,
      environmentId: number,
      kind: DeployedVersion['kind'],
      applicationInstance?: string,
    ): Promise<number> {
      const result = await db
        .updateTable('deployed_versions')
        .set({ ended_at: new Date() })
        .where('version_id', '=', versionId)
        .where('environment_id', '=', environmentId)
        .where('kind', '=', kind)
        .where('ended_at', 'is', null)
        .$if(applicationInstance !== undefined, (q) =>
          q.where('application_instance', '=', applicationInstance!),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Currently deployed or released rows, in stable id order (every environment when none is given). */
    async current(filter: {
      environmentId?: number;
      serviceId?: number;
      versionId?: number;
    }): Promise<DeployedVersion[]> {
      return select()
        .where('d.ended_at', 'is', null)
        .$if(filter.environmentId !== undefined, (q) =>
          q.where('d.environment_id', '=', filter.environmentId!),
        )
        .$if(filter.serviceId !== undefined, (q) => q.where('d.service_id', '=', filter.serviceId!))
        .$if(filter.versionId !== undefined, (q) => q.where('d.version_id', '=', filter.versionId!))
        .orderBy('d.id')
        .execute();
    },

    /** History of one environment, newest first, ended rows included. */
    async list(environmentId: number, request: PageRequest): Promise<Page<DeployedVersion>> {
      const limit = pageLimit(request);
      const before = decodeIdCursor(request.cursor);
      const rows = await select()
        .where('d.environment_id', '=', environmentId)
        .$if(before !== undefined, (q) => q.where('d.id', '<', before!))
        .orderBy('d.id', 'desc')
        .limit(limit + 1)
        .execute();
      return toPage(rows, limit, (row) => row.id);
    },
  };
}

export type DeployedVersionStore = ReturnType<typeof deployedVersionStore>;
