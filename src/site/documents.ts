// The plugin's documents as its loaders read them (what `payload generate:types` writes for the
// plugin's collections with their default slugs; a host's own generated types describe the same shapes).
// Relationship ids are numbers on PostgreSQL's default id type and strings on UUID ids.
import type { Id } from './types.ts'

export interface User {
  id: Id;
  name?: string | null;
  role: 'admin' | 'editor' | 'speaker';
  /**
   * The speaker profile this account may review and edit.
   */
  speaker?: (Id | null) | Speaker;
  updatedAt: string;
  createdAt: string;
  email: string;
  resetPasswordToken?: string | null;
  resetPasswordExpiration?: string | null;
  salt?: string | null;
  hash?: string | null;
  resetPasswordRequestedAt?: string | null;
  loginAttempts?: number | null;
  lockUntil?: string | null;
  sessions?:
    | {
        id: string;
        createdAt?: string | null;
        expiresAt: string;
      }[]
    | null;
  password?: string | null;
  collection: 'users';
}
export interface Speaker {
  id: Id;
  name: string;
  /**
   * Used in URLs. Left empty, it is made from the name.
   */
  slug?: string | null;
  jobTitle?: string | null;
  organization?: (Id | null) | Organization;
  /**
   * Shown in agendas and speaker lists, with "read more" to the full bio.
   */
  shortBio?: string | null;
  /**
   * Shown on the speaker page.
   */
  fullBio?: string | null;
  photo?: (Id | null) | Media;
  links?:
    | {
        label: string;
        url: string;
        id?: string | null;
      }[]
    | null;
  /**
   * The user account linked to this profile, if any.
   */
  account?: {
    docs?: (Id | User)[];
    hasNextPage?: boolean;
    totalDocs?: number;
  };
  sessions?: {
    docs?: (Id | Talk)[];
    hasNextPage?: boolean;
    totalDocs?: number;
  };
  /**
   * Unreviewed: no speaker account, editors publish directly. Drafted / awaiting speaker: an editor's changes wait for the speaker's approval. Changes proposed: the speaker's changes wait for an editor.
   */
  reviewState?: ('unreviewed' | 'drafted' | 'awaiting-speaker' | 'changes-proposed' | 'approved') | null;
  /**
   * What approving the pending text would change in the published profile.
   */
  reviewChanges?: string | null;
  /**
   * Speaker: "approve" publishes the working copy; changing a field instead proposes a change. Editor: "request-review" e-mails the speaker; "accept" publishes the speaker's proposal; "reject" discards it (with reviewComment). Applied with the write.
   */
  reviewAction?: ('approve' | 'request-review' | 'accept' | 'reject') | null;
  /**
   * Sent to the speaker with an accept or reject.
   */
  reviewComment?: string | null;
  /**
   * Write an address to invite the speaker: a speaker account is created (or this profile's own reused) and a single-use link to set a password is e-mailed; a new invitation replaces the previous link. Also: POST /api/speakers/:id/invite { "email": ... }.
   */
  inviteEmail?: string | null;
  draft?:
    | {
        [k: string]: unknown;
      }
    | unknown[]
    | string
    | number
    | boolean
    | null;
  proposal?:
    | {
        [k: string]: unknown;
      }
    | unknown[]
    | string
    | number
    | boolean
    | null;
  /**
   * Every step of the review: who, when, what.
   */
  reviewLog?:
    | {
        action:
          | 'edited'
          | 'invited'
          | 'invitation-accepted'
          | 'review-requested'
          | 'proposed'
          | 'withdrawn'
          | 'approved'
          | 'accepted'
          | 'rejected';
        at: string;
        by?: (Id | null) | User;
        role?: string | null;
        comment?: string | null;
        changes?:
          | {
              [k: string]: unknown;
            }
          | unknown[]
          | string
          | number
          | boolean
          | null;
        id?: string | null;
      }[]
    | null;
  /**
   * Invitation links sent for this profile (only a hash of each link is stored).
   */
  invitations?:
    | {
        email: string;
        state: 'pending' | 'used' | 'superseded' | 'expired';
        invitedAt: string;
        expiresAt: string;
        usedAt?: string | null;
        invitedBy?: (Id | null) | User;
        tokenHash: string;
        id?: string | null;
      }[]
    | null;
  inviteTokenHash?: string | null;
  updatedAt: string;
  createdAt: string;
}
export interface Organization {
  id: Id;
  name: string;
  /**
   * Made from the name; values differing only in case or punctuation share it.
   */
  slug?: string | null;
  website?: string | null;
  updatedAt: string;
  createdAt: string;
}
export interface Media {
  id: Id;
  /**
   * Describes the image for people who cannot see it. Required on the plugin's own media; may be
   * missing on a host's extended upload collection.
   */
  alt?: string | null;
  credit?: string | null;
  updatedAt: string;
  createdAt: string;
  url?: string | null;
  thumbnailURL?: string | null;
  filename?: string | null;
  mimeType?: string | null;
  filesize?: number | null;
  width?: number | null;
  height?: number | null;
  focalX?: number | null;
  focalY?: number | null;
  sizes?: {
    avatarSmall?: {
      url?: string | null;
      width?: number | null;
      height?: number | null;
      mimeType?: string | null;
      filesize?: number | null;
      filename?: string | null;
    };
    avatar?: {
      url?: string | null;
      width?: number | null;
      height?: number | null;
      mimeType?: string | null;
      filesize?: number | null;
      filename?: string | null;
    };
    avatarLarge?: {
      url?: string | null;
      width?: number | null;
      height?: number | null;
      mimeType?: string | null;
      filesize?: number | null;
      filename?: string | null;
    };
    card?: {
      url?: string | null;
      width?: number | null;
      height?: number | null;
      mimeType?: string | null;
      filesize?: number | null;
      filename?: string | null;
    };
    social?: {
      url?: string | null;
      width?: number | null;
      height?: number | null;
      mimeType?: string | null;
      filesize?: number | null;
      filename?: string | null;
    };
  };
}
export interface Talk {
  id: Id;
  title: string;
  /**
   * Used in URLs. Left empty, it is made from the title.
   */
  slug?: string | null;
  event: Id | Event;
  kind: 'talk' | 'panel' | 'keynote' | 'break' | 'meal' | 'remarks' | 'social';
  startsAt: string;
  endsAt: string;
  /**
   * Order among sessions that start at the same time (lower first); leave 0 to keep the order they were entered in.
   */
  order?: number | null;
  /**
   * For parallel sessions.
   */
  track?: string | null;
  room?: string | null;
  status?: ('scheduled' | 'cancelled') | null;
  sequence?: number | null;
  links?: { kind: 'recording' | 'slides' | 'video' | 'other'; title?: string | null; url: string; id?: string | null }[] | null;
  abstract?: {
    root: {
      type: string;
      children: {
        type: any;
        version: number;
        [k: string]: unknown;
      }[];
      direction: ('ltr' | 'rtl') | null;
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | '';
      indent: number;
      version: number;
    };
    [k: string]: unknown;
  } | null;
  /**
   * In the order they are listed, with their role in the session.
   */
  /**
   * What the recording team may do with this session; exported with the schedule.
   */
  recording?: {
    /**
     * e.g. CC BY 4.0
     */
    license?: string | null;
    optOut?: boolean | null;
  };
  speakers?:
    | {
        speaker: Id | Speaker;
        role: 'speaker' | 'moderator' | 'panelist' | 'host';
        id?: string | null;
      }[]
    | null;
  /**
   * Published articles that feature this session, newest first.
   */
  featuredArticles?: {
    docs?: (Id | Article)[];
    hasNextPage?: boolean;
    totalDocs?: number;
  };
  updatedAt: string;
  createdAt: string;
}
export interface Event {
  id: Id;
  title: string;
  /**
   * Used in URLs. Left empty, it is made from the title.
   */
  slug?: string | null;
  series: Id | EventSery;
  /**
   * One or two sentences for event lists and social cards.
   */
  summary?: string | null;
  description?: {
    root: {
      type: string;
      children: {
        type: any;
        version: number;
        [k: string]: unknown;
      }[];
      direction: ('ltr' | 'rtl') | null;
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | '';
      indent: number;
      version: number;
    };
    [k: string]: unknown;
  } | null;
  /**
   * One row per day or sitting (e.g. an in-person day and a virtual program).
   */
  dates: {
    start: string;
    end: string;
    format?: ('in-person' | 'virtual' | 'hybrid') | null;
    /**
     * e.g. "Virtual program"
     */
    label?: string | null;
    id?: string | null;
  }[];
  /**
   * First start of the dates above.
   */
  startsAt?: string | null;
  /**
   * Last end of the dates above.
   */
  endsAt?: string | null;
  /**
   * IANA time zone the agenda is shown in, e.g. America/Los_Angeles.
   */
  timezone: string;
  dayChange?: string | null;
  venue?: {
    name?: string | null;
    address?: string | null;
  };
  format: 'in-person' | 'virtual' | 'hybrid';
  livestreamUrl?: string | null;
  registrationStatus: 'open' | 'waitlist' | 'rsvps-closed' | 'invite-only' | 'closed' | 'not-required';
  registrationUrl?: string | null;
  sessions?: {
    docs?: (Id | Talk)[];
    hasNextPage?: boolean;
    totalDocs?: number;
  };
  updatedAt: string;
  createdAt: string;
}
export interface EventSery {
  id: Id;
  name: string;
  /**
   * Used in URLs. Left empty, it is made from the name.
   */
  slug?: string | null;
  summary?: string | null;
  events?: {
    docs?: (Id | Event)[];
    hasNextPage?: boolean;
    totalDocs?: number;
  };
  updatedAt: string;
  createdAt: string;
}
export interface Article {
  id: Id;
  title: string;
  /**
   * Used in URLs. Left empty, it is made from the title.
   */
  slug?: string | null;
  /**
   * Shown in lists and feeds. Left empty, the start of the body is used.
   */
  excerpt?: string | null;
  bodyText?: string | null;
  generatedExcerpt?: string | null;
  heroImage?: (Id | null) | Media;
  body?: {
    root: {
      type: string;
      children: {
        type: any;
        version: number;
        [k: string]: unknown;
      }[];
      direction: ('ltr' | 'rtl') | null;
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | '';
      indent: number;
      version: number;
    };
    [k: string]: unknown;
  } | null;
  authors?: (Id | Speaker)[] | null;
  event?: (Id | null) | Event;
  /**
   * Left empty, taken from the event.
   */
  series?: (Id | null) | EventSery;
  /**
   * Sessions of the article’s event this note is the featured article of.
   */
  featuredSessions?: (Id | Talk)[] | null;
  /**
   * Minutes, from the body.
   */
  readingTime?: number | null;
  /**
   * With "until its session ends", publishing before then schedules the publish for the end of the featured session.
   */
  embargo: 'none' | 'session-end';
  publishedAt?: string | null;
  updatedAt: string;
  createdAt: string;
  _status?: ('draft' | 'published') | null;
}
/**
 * Publishing and featured-session changes of articles. Read-only.
 *
 * This interface was referenced by `Config`'s JSON-Schema
 * via the `definition` "audit-log".
 */
