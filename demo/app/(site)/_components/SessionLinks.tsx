// A session's recording, slides and other links, as its card on the event page and the articles
// featuring it show them; and its recording as a player, where the site allows the provider.
import type { SessionView } from 'talk-notes/site'

import { sessionLinkTitles } from 'talk-notes'

export function SessionLinks({ links, title }: { links: SessionView['links']; title: string }) {
  if (links.length === 0) return null
  return (
    <ul aria-label={`Recording and slides: ${title}`} className="link-row session__links">
      {links.map((link, index) => (
        // Editors may give one URL twice (as recording and as video): the position keeps keys apart.
        <li data-kind={link.kind} key={`${index}-${link.kind}`}>
          <a href={link.url} rel="noopener noreferrer">
            {link.title || sessionLinkTitles[link.kind]}
          </a>
        </li>
      ))}
    </ul>
  )
}

/**
 * The recording's player, folded: the iframe is lazy inside a closed <details>, so the visitor's browser
 * contacts the video host only once they open it (no script needed).
 */
export function SessionVideo({ video }: { video: SessionView['video'] }) {
  if (!video) return null
  return (
    <details className="session__video-toggle">
      <summary>Watch the recording here</summary>
      <div className="session__video">
        <iframe
          allow="fullscreen; picture-in-picture"
          allowFullScreen
          loading="lazy"
          referrerPolicy="strict-origin-when-cross-origin"
          src={video.embedUrl}
          title={video.title}
        />
      </div>
    </details>
  )
}
