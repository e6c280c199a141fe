/* Free ports for the dev server and the end-to-end preview, so a port another program holds is never fatal. */
import { createServer } from 'node:net'

function canListen(port, host) {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', (error) => {
      // A machine without IPv6 has no ::1 to collide with.
      resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')
    })
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/**
 * Whether nothing listens on `port` at localhost. Both loopback addresses are tried: `localhost` resolves to either,
 * and macOS lets a second program bind ::1 while another holds 127.0.0.1.
 */
export async function isPortFree(port) {
  return (await canListen(port, '127.0.0.1')) && (await canListen(port, '::1'))
}

/** The first free port from `start` on, trying `attempts` ports; null when all are taken. */
export async function findFreePort(start, isFree = isPortFree, attempts = 20) {
  for (let port = start; port < start + attempts; port++) {
    if (await isFree(port)) return port
  }
  return null
}
