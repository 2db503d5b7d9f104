import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useRouter } from './use-router.js';

/** A real link (`replace`: same history entry and scroll position, for choices within a page) (open in new tab, copy address, keyboard) that navigates in-app on a plain click. */
export function Link({
  href,
  onClick,
  replace = false,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; replace?: boolean }) {
  const { navigate } = useRouter();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href, { replace });
  };
  return <a href={href} onClick={handle} {...rest} />;
}
