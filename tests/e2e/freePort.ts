import { spawnSync } from 'node:child_process';

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, asked of the OS (listen on port 0).
 * Synchronous because Playwright's config is plain data; the answer goes into E2E_PORT so the
 * test workers, which load the config again, reuse the same port.
 */
export function freePort(): number {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})",
    ],
    { encoding: 'utf8' },
  );
  const port = Number(probe.stdout.trim());
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`Could not find a free port for the test server: ${probe.stderr}`);
  return port;
}

/** E2E_PORT when it is set (a number from 1024 to 65535), else a free port, remembered in E2E_PORT. */
export function testServerPort(): number {
  const given = process.env.E2E_PORT;
  if (given !== undefined && given !== '') {
    const port = Number(given);
    if (!Number.isInteger(port) || port < 1024 || port > 65535)
      throw new Error(`E2E_PORT must be a port from 1024 to 65535, not "${given}"`);
    return port;
  }
  const port = freePort();
  process.env.E2E_PORT = String(port);
  return port;
}
