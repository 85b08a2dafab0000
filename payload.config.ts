// Where Payload's CLI and this repository's layout expect the app's config: the demo app's, which
// lives with the rest of the demo in demo/ and uses the plugin by its package name, as any host does.
export { default, talkNotesOptions } from './demo/payload.config'
