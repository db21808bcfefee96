import { pino, type Logger } from 'pino';
import type { Config } from '../config.js';

/** JSON logs on stdout. Secrets never reach a log line: these paths are censored if they ever do. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    name: 'alliance-atlas',
    level: config.logLevel,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'editorTokens',
        '*.editorTokens',
        'authorization',
        '*.authorization',
        'headers.authorization',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
