import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Table shapes as kysely sees them; the SQL in `migrations/` is the source of truth. */

type CreatedAt = ColumnType<Date, never, never>;

export interface ServicesTable {
  id: Generated<number>;
  name: string;
  main_branch: string | null;
  created_at: CreatedAt;
}

export interface VersionsTable {
  id: Generated<number>;
  service_id: number;
  number: string;
  branch: string | null;
  build_url: string | null;
  created_at: CreatedAt;
}

/** The branches a version is on; the newest row of a (service, name) is that branch's head. */
export interface VersionBranchesTable {
  id: Generated<number>;
  service_id: number;
  version_id: number;
  name: string;
  created_at: CreatedAt;
}

export interface VersionTagsTable {
  version_id: number;
  name: string;
  created_at: CreatedAt;
}

/** A branch's head, its newest `version_branches` row; kept by triggers (migration 0014), never written here. */
export interface BranchHeadsTable {
  service_id: number;
  name: string;
  version_id: number;
  branch_row_id: number;
}

/** A tag's head, the newest version of the service carrying it; kept by triggers (migration 0014). */
export interface TagHeadsTable {
  service_id: number;
  name: string;
  version_id: number;
}

/** Spec and contract texts, stored once per sha256. */
export interface DocumentsTable {
  sha256: string;
  text: string;
  byte_size: number;
  created_at: CreatedAt;
}

export interface SpecsTable {
  id: Generated<number>;
  service_id: number;
  version_id: number | null;
  content_sha: string;
  /** 'openapi' | 'asyncapi': at most one of each per version (migration 0015). */
  kind: string;
  /** The version's comparison key: `content_sha`, or the spec-set document's sha when it has both kinds. */
  set_sha: string;
  created_at: CreatedAt;
}

export interface ContractsTable {
  id: Generated<number>;
  consumer_version_id: number;
  provider_id: number;
  content_sha: string;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, never, Date>;
}

export interface ComparisonsTable {
  contract_sha: string;
  spec_sha: string;
  status: 'compatible' | 'incompatible' | 'failed';
  summary: JSONColumnType<object>;
  findings: JSONColumnType<unknown[]>;
  error: string | null;
  /** Core's `comparisonRules` when computed; a row with other rules counts as not compared. */
  rules: Generated<string>;
  created_at: CreatedAt;
}

export interface VerificationsTable {
  id: Generated<number>;
  provider_version_id: number;
  kind: 'spec' | 'pact';
  spec_sha: string | null;
  /** A spec verification's comparison key, kept by migration 0016's triggers (null for Pact verifications). */
  spec_key: string | null;
  contract_sha: string | null;
  success: boolean;
  results: JSONColumnType<unknown[]>;
  build_url: string | null;
  created_at: CreatedAt;
}

export interface EnvironmentsTable {
  id: Generated<number>;
  name: string;
  display_name: string;
  production: boolean;
  created_at: CreatedAt;
}

export interface DeployedVersionsTable {
  id: Generated<number>;
  service_id: number;
  version_id: number;
  environment_id: number;
  kind: 'deployment' | 'release';
  application_instance: string;
  created_at: CreatedAt;
  ended_at: Date | null;
}

export interface EventsTable {
  id: Generated<number>;
  type: string;
  service_id: number | null;
  payload: JSONColumnType<Record<string, unknown>>;
  created_at: CreatedAt;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  role: 'read' | 'write' | 'admin';
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: Date | null;
}

/** One row per (consumer, provider) pair some contract links, pointing at its newest contract. */
export interface IntegrationsTable {
  consumer_id: number;
  provider_id: number;
  latest_contract_id: number;
}

export interface Database {
  services: ServicesTable;
  versions: VersionsTable;
  version_branches: VersionBranchesTable;
  version_tags: VersionTagsTable;
  branch_heads: BranchHeadsTable;
  tag_heads: TagHeadsTable;
  documents: DocumentsTable;
  specs: SpecsTable;
  contracts: ContractsTable;
  comparisons: ComparisonsTable;
  verifications: VerificationsTable;
  environments: EnvironmentsTable;
  deployed_versions: DeployedVersionsTable;
  events: EventsTable;
  api_tokens: ApiTokensTable;
  integrations: IntegrationsTable;
}
