import { useEffect, useState } from 'react';

/** Rows per page of the home page's lists: 300 services or 1,500 integrations stay a short page. */
export const PAGE_SIZE = 50;

/** One page of `items` and the controls to move between pages; back to the first page when `items` change. */
export function usePager<T>(items: readonly T[], size = PAGE_SIZE) {
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [items]);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages - 1);
  return {
    items: items.slice(current * size, (current + 1) * size),
    controls:
      items.length <= size ? null : (
        <PagerControls page={current} pages={pages} total={items.length} size={size} onPage={setPage} />
      ),
  };
}

function PagerControls({
  page,
  pages,
  total,
  size,
  onPage,
}: {
  page: number;
  pages: number;
  total: number;
  size: number;
  onPage: (page: number) => void;
}) {
  const first = page * size + 1;
  const last = Math.min(total, (page + 1) * size);
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        Previous
      </button>
      <span aria-live="polite">
        {first}–{last} of {total}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1}>
        Next
      </button>
    </nav>
  );
}
