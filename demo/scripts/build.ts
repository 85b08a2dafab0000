// `npm run build`: a production build of the demo app (needs DATABASE_URL or the embedded one).
import { prepareEnvironment } from '../environment'
import { runNext } from './runNext'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const database = await prepareEnvironment()
const code = await runNext(['build'])
await database.stop()
process.exit(code)
