import Link from 'next/link'

export default function NotFound() {
  return (
    <article className="not-found">
      <h1>Not found</h1>
      <p>
        There is nothing published at this address. See the <Link href="/">events</Link> or the{' '}
        <Link href="/notes">latest notes</Link>.
      </p>
    </article>
  )
}
