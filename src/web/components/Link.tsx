import type { ReactNode } from 'react';
import { handleLinkClick, safeHref } from '../lib/router.ts';

interface LinkProps {
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly current?: boolean;
}

/** An in-app link: a real <a href> (works with keyboard, middle click, copy). */
export function Link({ to, children, className, current }: LinkProps) {
  const href = safeHref(to);
  if (href === null) return <span className={className}>{children}</span>;
  return (
    <a
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => handleLinkClick(e, href)}
    >
      {children}
    </a>
  );
}
