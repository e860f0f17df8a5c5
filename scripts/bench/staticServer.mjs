// One static HTTP server on 127.0.0.1 for the paired bench: the app's build under /app/ and each
// reference build under its own folder, so that every page is fetched the same way from the same origin.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

/**
 * `mounts` maps a URL prefix ("/app/") to a folder. Returns the server's base URL and a close function.
 * No caching headers: every load in the bench is a fresh browser context anyway.
 */
export async function serveStatic(mounts, port = 0) {
  const entries = Object.entries(mounts)
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const mount = entries.find(([prefix]) => path.startsWith(prefix))
    if (!mount) return void response.writeHead(404).end()
    const [prefix, folder] = mount
    let file = normalize(join(folder, path.slice(prefix.length)))
    if (!file.startsWith(normalize(folder + sep)) && file !== normalize(folder)) return void response.writeHead(403).end()
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { baseUrl: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) }
}
