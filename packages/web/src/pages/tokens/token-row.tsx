import type { ApiToken } from '@signet/client';
import { When } from '../../components/when.js';

/** One token; a live one can be revoked (after a confirmation). */
export function TokenRow({
  token,
  onRevoke,
  disabled = false,
}: {
  token: ApiToken;
  onRevoke: (id: number) => void;
  disabled?: boolean;
}) {
  return (
    <tr>
      <td>{token.name}</td>
      <td>{token.role}</td>
      <td>
        <When at={token.createdAt} />
      </td>
      <td>
        {token.revokedAt === null ? <span className="muted">live</span> : <When at={token.revokedAt} />}
      </td>
      <td>
        {token.revokedAt === null && (
          <button
            type="button"
            disabled={disabled}
            onClick={() => {
              if (window.confirm(`Revoke the token "${token.name}"? Clients using it will be refused.`))
                onRevoke(token.id);
            }}
          >
            Revoke <span className="visually-hidden">{token.name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
