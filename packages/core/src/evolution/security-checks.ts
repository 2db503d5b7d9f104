import type { Operation, SecurityRequirement } from '../specs/model.js';
import type { DiffContext } from './diff-context.js';

const alternativeKey = (requirement: SecurityRequirement) =>
  requirement
    .map((s) => s.scheme)
    .sort()
    .join('+');
const isOpen = (op: Operation) => op.security.length === 0 || op.security.some((r) => r.length === 0);

/**
 * Security alternatives match by their set of scheme names. Adding a requirement where none was needed, or
 * removing an alternative clients may use, breaks them; scopes added to a kept alternative too.
 */
export function diffSecurity(context: DiffContext, was: Operation, now: Operation): void {
  const { out } = context;
  const scope = {
    direction: 'request' as const,
    operation: { method: now.method, path: now.path },
    base: `${was.pointer}/security`,
    head: `${now.pointer}/security`,
  };
  const before = new Map(was.security.map((r) => [alternativeKey(r), r]));
  const after = new Map(now.security.map((r) => [alternativeKey(r), r]));
  const openBefore = isOpen(was);
  const openAfter = isOpen(now);
  for (const [key, requirement] of [...after].sort()) {
    if (key === '' || before.has(key)) continue;
    if (openBefore) out.add(scope, 'api-security-added', 'breaking', `security ${key} now required`);
    else out.add(scope, 'api-security-alternative-added', 'safe', `security alternative ${key} added`);
    void requirement;
  }
  for (const [key, requirement] of [...before].sort()) {
    if (key === '') continue;
    const kept = after.get(key);
    if (kept === undefined) {
      out.add(
        scope,
        'api-security-removed',
        openAfter ? 'safe' : 'breaking',
        `security alternative ${key} removed`,
      );
      continue;
    }
    for (const { scheme, scopes } of requirement) {
      const nowScopes = kept.find((s) => s.scheme === scheme)?.scopes ?? [];
      for (const s of nowScopes.filter((x) => !scopes.includes(x)).sort())
        out.add(scope, 'api-security-scope-added', 'breaking', `security ${scheme}: scope ${s} now required`);
      for (const s of scopes.filter((x) => !nowScopes.includes(x)).sort())
        out.add(
          scope,
          'api-security-scope-removed',
          'safe',
          `security ${scheme}: scope ${s} no longer required`,
        );
    }
  }
  if (openBefore && !openAfter && after.size > 0 && [...after.keys()].every((k) => before.has(k)))
    out.add(scope, 'api-security-added', 'breaking', 'anonymous access removed');
}

/** Security schemes both specs define: a changed type, or an API key moved or renamed, breaks clients. */
export function diffSecuritySchemes(context: DiffContext): void {
  const { base, head, out } = context;
  for (const name of Object.keys(base.securitySchemes).sort()) {
    const was = base.securitySchemes[name]!;
    const now = head.securitySchemes[name];
    const scope = { direction: 'request' as const };
    if (now === undefined) continue;
    if (was.type !== now.type)
      out.add(
        scope,
        'security-scheme-type-changed',
        'breaking',
        `security scheme ${name}: type changed from ${was.type} to ${now.type}`,
      );
    else if (was.type === 'apiKey' && now.type === 'apiKey' && (was.in !== now.in || was.name !== now.name))
      out.add(
        scope,
        'security-scheme-api-key-changed',
        'breaking',
        `security scheme ${name}: API key moved from ${was.in} ${was.name} to ${now.in} ${now.name}`,
      );
    else if (
      was.type === 'http' &&
      now.type === 'http' &&
      was.scheme.toLowerCase() !== now.scheme.toLowerCase()
    )
      out.add(
        scope,
        'security-scheme-http-scheme-changed',
        'breaking',
        `security scheme ${name}: HTTP scheme changed from ${was.scheme} to ${now.scheme}`,
      );
  }
}
