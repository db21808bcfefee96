import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const toursFile = resolve(here, '../data/tours.json');

/**
 * The guided tours are data (data/tours.json). The product server serves client/dist, so the build
 * copies the file next to index.html and the client fetches /tours.json; no server change needed.
 */
function toursJson(): Plugin {
  return {
    name: 'atlas-tours-json',
    configureServer(server) {
      server.middlewares.use('/tours.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(existsSync(toursFile) ? readFileSync(toursFile) : '{"tours":[]}');
      });
    },
    writeBundle(options) {
      const outDir = options.dir ?? resolve(here, 'dist');
      mkdirSync(outDir, { recursive: true });
      if (existsSync(toursFile)) copyFileSync(toursFile, resolve(outDir, 'tours.json'));
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [toursJson()],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    // No inline polyfill script: the app runs under a strict Content-Security-Policy.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/export': 'http://localhost:4000',
    },
  },
});
