// A session's recording, slides and other links, as its card on the event page and the articles
// featuring it show them.
import type { SessionView } from 'talk-notes/site'

const linkLabels: Record<SessionView['links'][number]['kind'], string> = {
  other: 'Link',
  recording: 'Recording',
  slides: 'Slides',
  video: 'Video',
}

export function SessionLinks({ links, title }: { links: SessionView['links']; title: string }) {
  if (links.length === 0) return null
  return (
    <ul aria-label={`Recording and slides: ${title}`} className="link-row session__links">
      {links.map((link) => (
        <li data-kind={link.kind} key={link.url}>
          <a href={link.url} rel="noopener noreferrer">
            {link.title || linkLabels[link.kind]}
          </a>
        </li>
      ))}
    </ul>
  )
}
