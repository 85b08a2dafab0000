// The baseline: a bare node:http server in a process of its own, answering every request with the
// bytes and headers given (argv: body file, status, headers as JSON). Prints its port.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [bodyFile, status, headersJson] = process.argv.slice(2)
const body = readFileSync(bodyFile)
const headers = JSON.parse(headersJson)
const server = createServer((_request, response) => {
  response.writeHead(Number(status), headers)
  response.end(body.length ? body : undefined)
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
