/** `--explain`: een trace als leesbare tekst, stap voor stap met artikel en parameterbron. */
import type { Trace, TraceWaarde } from '../rules/kern/trace.js';

function waarde(w: TraceWaarde | Readonly<Record<string, TraceWaarde>>): string {
  if (w !== null && typeof w === 'object') return Object.entries(w).map(([k, v]) => `${k}=${v ?? '-'}`).join(', ');
  return String(w ?? '-');
}

export function formatUitleg(titel: string, trace: Trace): string {
  const regels = [titel];
  trace.stappen.forEach((s, i) => {
    regels.push(`  ${i + 1}. [${s.regel}] ${s.artikel}`);
    regels.push(`     ${s.omschrijving}`);
    if (s.invoer && Object.keys(s.invoer).length) regels.push(`     invoer: ${waarde(s.invoer)}`);
    for (const p of s.parameters ?? []) {
      regels.push(`     parameter ${p.sleutel} = ${p.waarde} (vanaf ${p.vanaf}; ${p.status}; ${p.laag}; bron: ${p.bron})`);
    }
    regels.push(`     uitkomst: ${waarde(s.uitkomst)}`);
  });
  for (const w of trace.waarschuwingen) regels.push(`  let op: ${w}`);
  return `${regels.join('\n')}\n`;
}
