import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import type { SanitizedTalkNotesPluginConfig, TalkNotesCollectionKey, TalkNotesPluginConfig } from './types.ts'

import { isEditor } from './access/isEditor.ts'
import { createArticlesCollection } from './collections/Articles/index.ts'
import { createAuditLogCollection } from './collections/AuditLog/index.ts'
import { createEventsCollection } from './collections/Events/index.ts'
import { createEventSeriesCollection } from './collections/EventSeries/index.ts'
import { createMediaCollection, extendMediaCollection } from './collections/Media/index.ts'
import { createOrganizationsCollection } from './collections/Organizations/index.ts'
import { createScheduleImportsCollection } from './collections/ScheduleImports/index.ts'
import { createSpeakersCollection } from './collections/Speakers/index.ts'
import { createTalksCollection } from './collections/Talks/index.ts'
import { createUsersCollection, extendUsersCollection } from './collections/Users/index.ts'
import { createWebhookDeliveriesCollection } from './collections/WebhookDeliveries/index.ts'
import { createWebhooksCollection } from './collections/Webhooks/index.ts'
import { listenForContentChanges } from './content/contentChanges.ts'
import { hardenDatabaseAdapter } from './database/hardenDatabaseAdapter.ts'
import { sanitizePluginConfig } from './defaults.ts'
import { createFeedEndpoints } from './endpoints/feeds/index.ts'
import { refuseControlCharacters } from './fields/refuseControlCharacters.ts'
import { createGraphQLLimits } from './graphql/createGraphQLLimits.ts'
import { floorPasswordResets } from './graphql/floorPasswordResets.ts'
import { createBoundRemoteQuery } from './hooks/boundRemoteQuery.ts'
import { checkValueShapes } from './hooks/checkValueShapes.ts'
import { explainErrors } from './hooks/explainErrors.ts'
import { createDeliverWebhookTask } from './jobs/deliverWebhook.ts'
import { startJobRunner } from './jobs/runner.ts'
import { addSearchSchema } from './search/searchSchema.ts'
import { customKey } from './utilities/pluginOptions.ts'
import { restrictLockedDocuments } from './utilities/restrictLockedDocuments.ts'

export * from './types.ts'
export { type ChangeOrigin, contentChangedAt, contentGeneration, onContentChange } from './content/contentChanges.ts'
export { defaultRoutes, sanitizePluginConfig } from './defaults.ts'
export { checkPreviewPath, type PreviewPathCheck } from './utilities/previewPath.ts'
export { talkNotesOptionsOf } from './utilities/pluginOptions.ts'
export { etagMatches, strongEtag } from './utilities/etag.ts'
export { paragraphsToLexical } from './utilities/lexical.ts'
export { slugify, slugPattern } from './utilities/slugify.ts'
export { zonedTimeToUtc } from './utilities/zonedTime.ts'
export { participantRoles } from './collections/Talks/index.ts'
export { registrationStatuses } from './collections/Events/index.ts'
export {
  loadScheduleExport,
  type ScheduleFormat,
  scheduleFormats,
  type ScheduleRequest,
  serveSchedule,
} from './endpoints/schedule/index.ts'
export {
  answerFeed,
  answerFeedFromCache,
  type FeedAnswer,
  type FeedFormat,
  feedFormats,
  serveFeed,
} from './endpoints/feeds/index.ts'

const builders: Record<
  Exclude<TalkNotesCollectionKey, 'users'>,
  (options: SanitizedTalkNotesPluginConfig) => CollectionConfig
> = {
  articles: createArticlesCollection,
  auditLog: createAuditLogCollection,
  eventSeries: createEventSeriesCollection,
  events: createEventsCollection,
  media: createMediaCollection,
  organizations: createOrganizationsCollection,
  scheduleImports: createScheduleImportsCollection,
  speakers: createSpeakersCollection,
  talks: createTalksCollection,
  webhookDeliveries: createWebhookDeliveriesCollection,
  webhooks: createWebhooksCollection,
}

// The order of the final collections: Payload shows the admin's groups in the order of their first
// collection, so the editors' content comes first, then media, the host's own, and the admins' tools.
const contentKeys = ['events', 'eventSeries', 'talks', 'speakers', 'organizations', 'articles', 'scheduleImports'] as const
const adminKeys = ['auditLog', 'webhooks', 'webhookDeliveries'] as const

/**
 * talk-notes: event series, events, agenda sessions, speakers, organizations, articles, media and
 * users with roles. Pure: returns a new config and leaves `incoming` and `options` untouched.
 */
export const talkNotesPlugin =
  (options: TalkNotesPluginConfig = {}) =>
  (incoming: Config): Config => {
    const sanitized = sanitizePluginConfig(options, incoming.serverURL)
    const staffOnly = ({ req }: { req: PayloadRequest }) => Boolean(isEditor(sanitized.slugs.users)({ req }))
    const { collectionOverrides, slugs } = sanitized
    const applyOverride = (key: TalkNotesCollectionKey, collection: CollectionConfig) => {
      const overridden = collectionOverrides[key]?.(collection) ?? collection
      return { ...overridden, fields: refuseControlCharacters(overridden.fields) }
    }

    // The admin's list views read the columns they show, not whole documents with their joins and
    // rich text; a host's collectionOverrides can turn it off again. Not speakers: their list shows
    // editors the working copy, which needs the stored proposal and draft.
    const listingShownColumns = (collection: CollectionConfig): CollectionConfig =>
      collection.slug === slugs.speakers ? collection : { ...collection, admin: { enableListViewSelectAPI: true, ...collection.admin } }

    const hostCollections = incoming.collections ?? []
    const build = (key: keyof typeof builders) => applyOverride(key, listingShownColumns(builders[key](sanitized)))
    const content = contentKeys.map(build)
    const adminTools = adminKeys.map(build)
    for (const collection of [...content, ...adminTools]) {
      if (hostCollections.some((host) => host.slug === collection.slug)) {
        throw new Error(`talkNotesPlugin: the app already has a "${collection.slug}" collection; rename ours with options.slugs`)
      }
    }

    // A host's own media collection is extended in its place (extendMediaCollection refuses one
    // that is no upload collection); every other clash is an error.
    const hostMedia = hostCollections.find((collection) => collection.slug === slugs.media)
    const media = hostMedia ? applyOverride('media', extendMediaCollection(hostMedia, sanitized)) : build('media')

    const hostUsers = hostCollections.find((collection) => collection.slug === slugs.users)
    if (hostUsers && !hostUsers.auth) {
      throw new Error(`talkNotesPlugin: collection "${slugs.users}" exists but is not an auth collection`)
    }
    const users = applyOverride(
      'users',
      hostUsers ? extendUsersCollection(hostUsers, sanitized) : createUsersCollection(sanitized),
    )
    const hostOwn = hostCollections.filter((collection) => collection !== hostMedia && collection !== hostUsers)

    // Every collection of the app, the host's too: one unbounded collection is enough to exhaust it.
    const boundRemoteQuery = createBoundRemoteQuery(sanitized.apiLimits)
    const hardened = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [boundRemoteQuery, ...(collection.hooks?.beforeOperation ?? [])],
        beforeValidate: [checkValueShapes, ...(collection.hooks?.beforeValidate ?? [])],
      },
    })
    const graphQLLimits = createGraphQLLimits(sanitized.apiLimits)
    const graphic = (name: 'SiteIcon' | 'SiteLogo') => ({
      clientProps: { branding: sanitized.branding },
      path: `${sanitized.adminComponentsPath}#${name}`,
    })

    return {
      ...incoming,
      admin: {
        ...incoming.admin,
        // The site's name and logo; the host's own graphics and meta win.
        components: {
          ...incoming.admin?.components,
          graphics: { Icon: graphic('SiteIcon'), Logo: graphic('SiteLogo'), ...incoming.admin?.components?.graphics },
        },
        meta: { titleSuffix: ` – ${sanitized.branding.siteName}`, ...incoming.admin?.meta },
        user: incoming.admin?.user ?? slugs.users,
      },
      custom: { ...incoming.custom, [customKey]: sanitized },
      db:
        incoming.db &&
        hardenDatabaseAdapter(addSearchSchema(incoming.db, { articlesSlug: slugs.articles, language: sanitized.search.language })),
      endpoints: [...(incoming.endpoints ?? []), ...createFeedEndpoints(sanitized)],
      graphQL: {
        ...incoming.graphQL,
        mutations: (graphQL, context) => ({
          ...floorPasswordResets(context.Mutation.fields, sanitized.resetAnswerMs),
          ...incoming.graphQL?.mutations?.(graphQL, context),
        }),
        validationRules: (args) => [...graphQLLimits(args), ...(incoming.graphQL?.validationRules?.(args) ?? [])],
      },
      // First, so that a host's own afterError hooks have the last word.
      hooks: { ...incoming.hooks, afterError: [explainErrors, ...(incoming.hooks?.afterError ?? [])] },
      jobs: {
        ...incoming.jobs,
        // Running, queueing or cancelling jobs over the API is for editors; Payload's default is any user.
        access: { cancel: staffOnly, queue: staffOnly, run: staffOnly, ...incoming.jobs?.access },
        tasks: [...(incoming.jobs?.tasks ?? []), createDeliverWebhookTask(sanitized)],
      },
      onInit: async (payload) => {
        restrictLockedDocuments(payload, slugs.users)
        await incoming.onInit?.(payload)
        // Other processes' publishes must reach this process's feed and page caches.
        await listenForContentChanges(payload)
        if (sanitized.jobRunner.enabled) startJobRunner(payload, sanitized.jobRunner.intervalMs)
      },
      collections: [...content, media, ...hostOwn, users, ...adminTools].map(hardened),
    }
  }

export default talkNotesPlugin
