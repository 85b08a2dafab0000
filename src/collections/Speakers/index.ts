import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { isAdminField } from '../../access/isAdmin.ts'
import { isEditor, isEditorField } from '../../access/isEditor.ts'
import { isSelfSpeakerOrEditor, isSelfSpeakerOrEditorField } from '../../access/isSelfSpeakerOrEditor.ts'
import { createInvitationEndpoints } from '../../endpoints/speakers/invitation.ts'
import { createSpeakerReviewEndpoints } from '../../endpoints/speakers/review.ts'
import { announceDelete } from '../../hooks/announceChange.ts'
import { slugField } from '../../fields/slug.ts'
import { linkedSpeakerId, userRole } from '../../utilities/userRole.ts'
import { validateOptionalHttpUrl } from '../../utilities/validators.ts'
import { announceProfileChange } from './hooks/announceProfileChange.ts'
import { applyReviewAction } from './hooks/applyReviewAction.ts'
import { describePendingChanges } from './hooks/describePendingChanges.ts'
import { limitWorkflowSteps } from './hooks/limitWorkflowSteps.ts'
import { prepareInvitation } from './hooks/prepareInvitation.ts'
import { rememberSubmittedFields } from './hooks/rememberSubmittedFields.ts'
import { routeProfileChanges } from './hooks/routeProfileChanges.ts'
import { sendReviewMail } from './hooks/sendReviewMail.ts'
import { showWorkingCopy } from './hooks/showWorkingCopy.ts'
import { reviewActions, reviewLogActions, reviewStates } from './profile.ts'
import { createWorkflowLimits } from './workflowLimits.ts'
import { adminGroups } from '../adminGroups.ts'

const labelled = (values: readonly string[]) =>
  values.map((value) => ({ label: value[0].toUpperCase() + value.slice(1).replace(/-/g, ' '), value }))
const nobody = () => false

/**
 * People on the agenda, speakers and moderators alike. The public fields hold approved text only:
 * once a profile has a speaker account, editors' changes wait for the speaker's approval and the
 * speaker's changes for an editor's (see `routeProfileChanges`). A speaker user may propose changes
 * to its own profile's public fields, never its slug, review state or account link.
 */
export function createSpeakersCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  const editorsOnly = { create: isEditorField(slugs.users), update: isEditorField(slugs.users) }
  const reviewers = isSelfSpeakerOrEditorField(slugs.users)
  // Written only by the workflow's hooks and endpoints, read by editors and the profile's speaker.
  const workflowOnly = { create: nobody, read: reviewers, update: nobody }
  const isSpeakerUser = (user: unknown) => userRole(user as never, slugs.users) === 'speaker'
  const isReviewerUser = (user: unknown) => userRole(user as never, slugs.users) !== null
  const limits = createWorkflowLimits(options)
  return {
    slug: slugs.speakers,
    access: {
      create: isEditor(slugs.users),
      delete: isEditor(slugs.users),
      read: anyone,
      update: isSelfSpeakerOrEditor(slugs.users),
    },
    admin: {
      // A speaker's admin panel lists its own profile only.
      baseFilter: ({ req }) => {
        const own = linkedSpeakerId(req.user, slugs.users)
        return isSpeakerUser(req.user) ? { id: { equals: own ?? -1 } } : null
      },
      defaultColumns: ['name', 'organization', 'jobTitle', 'reviewState'],
      description: 'Speaker profiles. What the site shows is the reviewed text; the panel on a profile runs the review.',
      group: adminGroups.content,
      listSearchableFields: ['name', 'jobTitle'],
      // "Preview" in the admin opens the speaker's public page (which shows the published text).
      preview: (doc) => (typeof doc.slug === 'string' && doc.slug ? options.urls.speaker({ slug: doc.slug }) : null),
      useAsTitle: 'name',
    },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { jobTitle: true, name: true, organization: true, photo: true, shortBio: true, slug: true },
    defaultSort: 'name',
    endpoints: [...createSpeakerReviewEndpoints(options), ...createInvitationEndpoints(options, limits)],
    hooks: {
      afterChange: [sendReviewMail, announceProfileChange],
      afterDelete: [announceDelete],
      afterOperation: [showWorkingCopy(options)],
      beforeChange: [routeProfileChanges(options), applyReviewAction(options), prepareInvitation(options)],
      beforeOperation: [limitWorkflowSteps(options, limits), rememberSubmittedFields],
    },
    fields: [
      {
        // The review workflow in the admin: state, diff, and the steps this user may take.
        name: 'reviewPanel',
        type: 'ui',
        admin: {
          components: { Field: `${options.adminComponentsPath}#SpeakerReviewPanel` },
          condition: (_data, _siblingData, { user }) => isReviewerUser(user),
        },
      },
      // Indexed: lists and relationship pickers sort by name.
      { name: 'name', type: 'text', index: true, required: true },
      { ...slugField('name'), access: editorsOnly },
      { name: 'jobTitle', type: 'text' },
      { name: 'organization', type: 'relationship', index: true, relationTo: slugs.organizations },
      {
        name: 'shortBio',
        type: 'textarea',
        admin: { description: 'Shown in agendas and speaker lists, with "read more" to the full bio.' },
        maxLength: 400,
      },
      { name: 'fullBio', type: 'textarea', admin: { description: 'Shown on the speaker page.' } },
      { name: 'photo', type: 'upload', relationTo: slugs.media },
      {
        name: 'links',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'label', type: 'text', required: true },
              { name: 'url', type: 'text', required: true, validate: validateOptionalHttpUrl },
            ],
          },
        ],
      },
      {
        name: 'account',
        type: 'join',
        // Only admins read user accounts; editors see the account's address in the review panel.
        access: { read: isAdminField(slugs.users) },
        admin: { defaultColumns: ['email', 'role'], description: 'The user account linked to this profile, if any.' },
        collection: slugs.users,
        on: 'speaker',
      },
      {
        name: 'sessions',
        type: 'join',
        // The event first after the title: a speaker's sessions span several events. Its title, not the
        // relationship: a speaker's admin hides the events collection, and a relationship cell then has
        // no collection to name the event from ("<No Event>").
        admin: {
          defaultColumns: ['title', 'eventTitle', 'startsAt', 'kind'],
          description: 'Sessions this person speaks at or moderates, in time order.',
        },
        collection: slugs.talks,
        defaultSort: 'startsAt',
        on: 'speakers.speaker',
      },
      {
        name: 'reviewState',
        type: 'select',
        access: workflowOnly,
        admin: {
          description:
            'Unreviewed: no speaker account, editors publish directly. Drafted / awaiting speaker: an editor\'s ' +
            'changes wait for the speaker\'s approval. Changes proposed: the speaker\'s changes wait for an editor.',
          position: 'sidebar',
          readOnly: true,
        },
        defaultValue: 'unreviewed',
        index: true,
        options: labelled(reviewStates),
      },
      {
        name: 'reviewChanges',
        type: 'textarea',
        access: { create: nobody, read: reviewers, update: nobody },
        // The admin shows this as the review panel's table; the API returns it as text.
        admin: { description: 'What approving the pending text would change in the published profile.', hidden: true },
        hooks: { afterRead: [describePendingChanges(options)] },
        label: 'Pending changes',
        virtual: true,
      },
      {
        name: 'reviewAction',
        type: 'select',
        access: { create: nobody, read: nobody, update: reviewers },
        // A write-only step for the API (PATCH or GraphQL); the admin's review panel has buttons instead.
        admin: {
          description:
            'Speaker: "approve" publishes the working copy; changing a field instead proposes a change. ' +
            'Editor: "request-review" e-mails the speaker; "accept" publishes the speaker\'s proposal; "reject" ' +
            'discards it (with reviewComment). Applied with the write.',
          hidden: true,
        },
        // Speakers approve; editors request a review, accept or reject.
        filterOptions: ({ options: choices, req }) =>
          choices.filter((choice) => {
            const value = typeof choice === 'string' ? choice : choice.value
            return isSpeakerUser(req.user) ? value === 'approve' : value !== 'approve'
          }),
        options: labelled(reviewActions),
        virtual: true,
      },
      {
        name: 'reviewComment',
        type: 'textarea',
        access: { create: nobody, read: nobody, update: reviewers },
        admin: { description: 'Sent to the speaker with an accept or reject.', hidden: true },
        virtual: true,
      },
      {
        name: 'inviteEmail',
        type: 'email',
        access: { create: nobody, read: nobody, update: isEditorField(slugs.users) },
        // Write-only, for the API; the admin's review panel has an invite box instead.
        admin: {
          description:
            'Write an address to invite the speaker: a speaker account is created (or this profile\'s own ' +
            'reused) and a single-use link to set a password is e-mailed; a new invitation replaces the ' +
            'previous link. Also: POST /api/' + slugs.speakers + '/:id/invite { "email": ... }.',
          hidden: true,
        },
        label: 'Invite speaker (e-mail)',
        virtual: true,
      },
      {
        name: 'draft',
        type: 'json',
        access: workflowOnly,
        admin: { hidden: true },
      },
      {
        name: 'proposal',
        type: 'json',
        access: workflowOnly,
        admin: { hidden: true },
      },
      {
        name: 'reviewLog',
        type: 'array',
        access: workflowOnly,
        // The admin shows the log in the review panel.
        admin: { description: 'Every step of the review: who, when, what.', hidden: true },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'action', type: 'select', options: labelled(reviewLogActions), required: true },
              { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, required: true },
              { name: 'by', type: 'relationship', relationTo: slugs.users },
              { name: 'role', type: 'text' },
            ],
          },
          { name: 'comment', type: 'textarea' },
          { name: 'changes', type: 'json' },
        ],
      },
      {
        name: 'invitations',
        type: 'array',
        access: { create: nobody, read: isEditorField(slugs.users), update: nobody },
        // The admin lists them in the review panel.
        admin: { description: 'Invitation links sent for this profile (only a hash of each link is stored).', hidden: true },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'email', type: 'email', required: true },
              {
                name: 'state',
                type: 'select',
                options: labelled(['pending', 'used', 'superseded', 'expired']),
                required: true,
              },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'invitedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, required: true },
              { name: 'expiresAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, required: true },
              { name: 'usedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            ],
          },
          { name: 'invitedBy', type: 'relationship', relationTo: slugs.users },
          { name: 'tokenHash', type: 'text', hidden: true, index: true, required: true },
        ],
      },
      {
        // Written by the schedule import: the person's ids in the sources it came from (matched on the next
        // import, in any event of any series) and what the import last wrote, so an editor's or the
        // speaker's own text is never overwritten.
        name: 'source',
        type: 'group',
        access: { create: isEditorField(slugs.users), read: isEditorField(slugs.users), update: isEditorField(slugs.users) },
        admin: { description: 'Set by the schedule import: when this person was last imported.', position: 'sidebar', readOnly: true },
        fields: [
          // Ids of this person in imported schedules. JSON fields are hidden in the admin: Payload's
          // JSON editor (Monaco) loads its scripts from a public CDN.
          { name: 'keys', type: 'json', admin: { hidden: true } },
          { name: 'imported', type: 'json', admin: { hidden: true } },
          { name: 'importedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
      // The hash of the one link that still works; cleared atomically when it is used.
      { name: 'inviteTokenHash', type: 'text', access: { create: nobody, read: nobody, update: nobody }, hidden: true, index: true },
    ],
  }
}
