// `npm run build:demo`: a production build of the demo app (needs DATABASE_URL or the embedded one),
// built for SERVER_URL (default http://localhost:PORT, as `npm start` uses), which it records so
// that `npm start` with the same PORT / SERVER_URL serves this build instead of building again.
import { prepareEnvironment } from '../environment'
import { runNext, writeBuildMarker } from './runNext'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const serverURL = (process.env.SERVER_URL ||= `http://localhost:${process.env.PORT ?? '3000'}`)
const database = await prepareEnvironment()
const code = await runNext(['build'])
if (code === 0) writeBuildMarker(serverURL)
await database.stop()
process.exit(code)
