// The host test app for Payload's CLI, to generate its migrations:
//   PAYLOAD_CONFIG_PATH=tests/host/payload.config.ts node node_modules/payload/bin.js migrate:create <name>
// (migrate:create reads no database; the tests build the config themselves, see tests/helpers/host.ts).
import { buildHostConfig } from './config'

export default buildHostConfig({
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://unused@127.0.0.1:1/unused',
  mediaDir: process.env.MEDIA_DIR ?? '.data/host-media',
  secret: process.env.PAYLOAD_SECRET ?? 'only-for-migrate-create',
})
