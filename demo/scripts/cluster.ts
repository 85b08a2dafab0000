// `npm run cluster`: the reference deployment on one machine (see demo/cluster/index.ts and the
// README's "Running as a cluster"), until Ctrl-C or SIGTERM stops all of it.
// CLUSTER_PORT (4400) is the balancer's port; CLUSTER_INSTANCES (2) how many app instances.
import { startCluster } from '../cluster'

const cluster = await startCluster({
  basePort: Number(process.env.CLUSTER_PORT ?? '4400'),
  instances: Number(process.env.CLUSTER_INSTANCES ?? '2'),
})
console.log(`site:  ${cluster.url}/`)
console.log(`admin: ${cluster.url}/admin`)
console.log('stop with Ctrl-C')

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`cluster: ${signal}, stopping everything`)
    void cluster.stop().then(() => process.exit(0))
  })
}
