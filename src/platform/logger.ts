/**
 * Structured server log (pino, JSON lines on stdout). Never sent to users.
 */
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: pino.LevelWithSilent = 'info'): Logger {
  return pino({
    level,
    base: { app: 'sillage' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'req.headers.cookie'], remove: true },
  });
}

/** A logger that writes nothing: tests and benchmarks that do not inspect logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
