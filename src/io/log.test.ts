import { describe, expect, it } from 'vitest';
import { maakLogger, poets } from './log.js';

function vang() {
  const regels: string[] = [];
  return { regels, log: maakLogger('debug', { write: (r: string) => regels.push(r) }) };
}

describe('log: geen BSN, IBAN of naam in een logregel', () => {
  it('poets vervangt BSN-achtige reeksen van 8-9 cijfers en IBANs, maar geen bedragen of datums', () => {
    expect(poets('zaak van 999725877 met rekening NL91ABNA0417164300')).toBe('zaak van [bsn?] met rekening [iban]');
    expect(poets('bedrag 1234567.89 op 2026-11-23, 12345 regels')).toBe('bedrag 1234567.89 op 2026-11-23, 12345 regels');
  });

  it('velden met een geheime naam worden verborgen, ook genest; tekst in andere velden wordt gepoetst', () => {
    const { regels, log } = vang();
    log.info({ bsn: '999725877', debiteur: { naam: 'J. Jansen', iban: 'NL91ABNA0417164300' }, opmerking: 'bsn 999725877' }, 'verwerkt 999725877');
    const regel = JSON.parse(regels[0]!);
    expect(regel.bsn).toBe('[verborgen]');
    expect(regel.debiteur).toEqual({ naam: '[verborgen]', iban: '[verborgen]' });
    expect(regel.opmerking).toBe('bsn [bsn?]');
    expect(regel.msg).toBe('verwerkt [bsn?]');
    expect(regels.join('')).not.toMatch(/999725877|Jansen|NL91ABNA/);
  });

  it('respecteert het niveau', () => {
    const regels: string[] = [];
    const log = maakLogger('warn', { write: (r: string) => regels.push(r) });
    log.info('stil');
    log.warn('hoorbaar');
    expect(regels).toHaveLength(1);
    expect(JSON.parse(regels[0]!).msg).toBe('hoorbaar');
  });
});
