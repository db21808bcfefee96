import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Router } from 'express';
import type { GraphiQLAsset } from '../api/graphiql.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Encoding = 'br' | 'gzip';

/** The encodings a request accepts that we send, best first (no q-values: browsers send none for these). */
function accepted(header: string | undefined): Encoding | null {
  const names = (header ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  if (names.includes('br')) return 'br';
  if (names.includes('gzip')) return 'gzip';
  return null;
}

/**
 * GraphiQL's bundle and styles (graphiql.ts) at `/graphql/<file>`: their paths name their content,
 * so browsers keep them for a year (`immutable`), and they are sent brotli- or gzip-compressed
 * (8 MB of script become about 2). Each is compressed once, on its first request, not at start:
 * most servers (and every test app) never serve GraphiQL.
 */
export function graphiqlAssets(assets: readonly GraphiQLAsset[]): Router {
  const router = Router();
  for (const asset of assets) {
    const compressed = new Map<Encoding, Promise<Buffer>>();
    const encode = (encoding: Encoding) => {
      let done = compressed.get(encoding);
      if (done === undefined) {
        // Brotli's quality 5 compresses the bundle in well under a second, close to its best ratio.
        done =
          encoding === 'br'
            ? brotli(asset.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
            : gzipped(asset.body, { level: 9 });
        compressed.set(encoding, done);
      }
      return done;
    };
    router.get(`/graphql/${asset.file}`, async (req, res, next) => {
      const encoding = accepted(req.get('accept-encoding'));
      res
        .type(asset.type)
        .set('Cache-Control', 'public, max-age=31536000, immutable')
        .set('ETag', `"${asset.file}"`)
        .vary('Accept-Encoding');
      if (req.get('if-none-match') === `"${asset.file}"`) return void res.status(304).end();
      try {
        if (encoding === null) return void res.send(asset.body);
        res.set('Content-Encoding', encoding).send(await encode(encoding));
      } catch (err) {
        next(err);
      }
    });
  }
  return router;
}
