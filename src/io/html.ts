/** Tekst veilig in HTML: in een element en in een attribuut tussen dubbele of enkele aanhalingstekens. */
const TEKENS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (t) => TEKENS[t]!);
}

