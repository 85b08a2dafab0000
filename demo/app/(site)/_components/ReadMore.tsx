// What ends a text that was cut: a visible ellipsis, then "read more" to the whole (named for screen
// readers by what it leads to), as the seed page ends its bios, excerpts and summaries.
import Link from 'next/link'

export function ReadMore({ href, title }: { href: string; title: string }) {
  return (
    <>
      <span aria-hidden="true">…</span>{' '}
      <Link className="read-more" href={href}>
        read more<span className="visually-hidden"> about {title}</span>
      </Link>
    </>
  )
}
