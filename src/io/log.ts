/**
 * Logging met pino naar stderr: JSON voor machines, leesbaar op een terminal. Een BSN, IBAN of naam
 * komt nooit in een logregel: velden met die namen worden vervangen en BSN- of IBAN-achtige reeksen
 * in teksten worden weggepoetst.
 */
import pino, { type Logger, type LevelWithSilent } from 'pino';
import { poets } from './poets.js';

export type { Logger };
export { poets };

const GEHEIME_VELDEN = ['bsn', 'partner_bsn', 'naam', 'iban', 'tegenrekening', 'naam_debiteur'];


function poetsWaarde(w: unknown): unknown {
  if (typeof w === 'string') return poets(w);
  if (Array.isArray(w)) return w.map(poetsWaarde);
  if (w && typeof w === 'object' && !(w instanceof Error)) {
    return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, GEHEIME_VELDEN.includes(k) ? '[verborgen]' : poetsWaarde(v)]));
  }
  return w;
}

const NIVEAU: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Leesbare regels voor een mens aan een terminal. */
const leesbaar = {
  write(regel: string) {
    const { level, time, msg, pid: _pid, hostname: _host, ...rest } = JSON.parse(regel) as Record<string, unknown>;
    const tijd = new Date(time as number).toTimeString().slice(0, 8);
    const extra = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
    process.stderr.write(`${tijd} ${(NIVEAU[level as number] ?? String(level)).padEnd(5)} ${String(msg ?? '')}${extra.length ? `  ${extra.join(' ')}` : ''}\n`);
  },
};

/** `bestemming`: standaard stderr (leesbaar op een terminal, anders JSON); tests geven een eigen schrijver. */
export function maakLogger(
  niveau: LevelWithSilent = 'info',
  bestemming: { write(regel: string): void } = process.stderr.isTTY === true ? leesbaar : pino.destination({ dest: 2, sync: true }),
): Logger {
  return pino(
    {
      level: niveau,
      base: undefined,
      hooks: {
        logMethod(args, methode) {
          methode.apply(this, args.map(poetsWaarde) as Parameters<typeof methode>);
        },
      },
    },
    bestemming,
  );
}
