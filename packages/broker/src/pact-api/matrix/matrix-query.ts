/** One `q[]` entry of a matrix query: a pacticipant and which of its versions. */
export interface MatrixSelector {
  pacticipant: string;
  version?: string;
  latest?: boolean;
  tag?: string;
  branch?: string;
  mainBranch?: boolean;
}

/** An `ignore[]` entry: a pacticipant whose rows do not block, all its versions or one. */
export interface IgnoreSelector {
  pacticipant: string;
  version?: string;
}

/** A `/matrix` (or `/can-i-deploy`) query, read from the raw query string. */
export interface MatrixQuery {
  selectors: MatrixSelector[];
  latestby?: string;
  environment?: string;
  /**
   * Top-level `latest` / `tag` / `mainBranch` (no `--to`, `--to TAG`, can-i-merge): which versions of each
   * other pacticipant count.
   */
  others?: { latest?: boolean; tag?: string; mainBranch?: boolean };
  ignore: IgnoreSelector[];
}

/**
 * Reads Rails-style `q[][pacticipant]=a&q[][version]=1&q[][pacticipant]=b…`: each `pacticipant` key starts a
 * new selector, the keys after it fill that one in. Pure, so the parsing is unit-tested.
 */
export function readMatrixQuery(search: string): MatrixQuery {
  const query: MatrixQuery = { selectors: [], ignore: [] };
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const entry = /^q\[\]\[(\w+)\]$/.exec(rawKey)?.[1];
    if (entry === 'pacticipant') query.selectors.push({ pacticipant: value });
    else if (entry !== undefined) fill(query.selectors.at(-1), entry, value);
    else if (rawKey === 'ignore[][pacticipant]') query.ignore.push({ pacticipant: value });
    else if (rawKey === 'ignore[][version]') {
      const last = query.ignore.at(-1);
      if (last !== undefined) last.version = value;
    } else if (rawKey === 'latestby') query.latestby = value;
    else if (rawKey === 'environment') query.environment = value;
    else if (rawKey === 'tag') query.others = { ...query.others, tag: value };
    else if (rawKey === 'mainBranch' && value === 'true')
      query.others = { ...query.others, mainBranch: true };
    else if (rawKey === 'latest' && value === 'true') query.others = { ...query.others, latest: true };
  }
  return query;
}

function fill(selector: MatrixSelector | undefined, key: string, value: string): void {
  if (selector === undefined) return;
  if (key === 'version') selector.version = value;
  else if (key === 'tag') selector.tag = value;
  else if (key === 'branch') selector.branch = value;
  else if (key === 'latest') selector.latest = value === 'true';
  else if (key === 'mainBranch') selector.mainBranch = value === 'true';
}
