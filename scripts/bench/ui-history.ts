/**
 * The UI benchmark's history: the broker benchmark's generated history (broker-history.ts: 300 services,
 * 30,000 versions, 150,000 contracts, 1,500 integrations) plus a timeline of 30,000 events (one spec
 * publication per version), so the timeline page has as much to page through as the rest.
 */
import { historyStatements, SERVICES, VERSIONS_PER_SERVICE } from './broker-history.js';

export const EVENTS = SERVICES * VERSIONS_PER_SERVICE;

export function uiHistoryStatements(): Array<{ label: string; sql: string }> {
  const statements = historyStatements();
  const analyze = statements.pop()!;
  return [
    ...statements,
    {
      label: 'events',
      sql: `insert into events (type, service_id, payload, created_at)
        select 'spec.published', v.service_id,
          jsonb_build_object('service', s.name, 'version', v.number),
          now() - make_interval(secs => ${EVENTS} - v.id)
        from versions v join services s on s.id = v.service_id
        order by v.id`,
    },
    {
      // Branch membership is read from version_branches (migration 0012 copies it only for versions that
      // existed then): every generated version is on its main branch.
      label: 'version branches',
      sql: versionBranchesSql,
    },
    analyze,
  ];
}

export const versionBranchesSql = `insert into version_branches (service_id, version_id, name)
  select service_id, id, branch from versions where branch is not null order by id
  on conflict (version_id, name) do nothing`;
