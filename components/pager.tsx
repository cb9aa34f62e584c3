import Link from 'next/link';

type Props = {
  /** The 1-based page shown. */
  page: number;
  perPage: number;
  total: number;
  /** The address of page n. */
  href: (page: number) => string;
  label: string;
};

const n = (k: number) => k.toLocaleString('en');

/** "Showing 51–100 of 1,234" with Previous and Next as plain links (the page is in the URL). */
export function Pager({ page, perPage, total, href, label }: Props) {
  if (total <= perPage && page === 1) return null;
  const first = (page - 1) * perPage + 1;
  const last = Math.min(page * perPage, total);
  const pages = Math.max(1, Math.ceil(total / perPage));
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager-count">
        Showing {n(first)}–{n(last)} of {n(total)}
      </p>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" prefetch={false}>
          ← Previous
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" prefetch={false}>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
