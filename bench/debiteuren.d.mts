export function genereerDebiteuren(aantal: number, map: string, seed?: number): Promise<{ vorderingen: string; afschrift: string }>;
export function debiteurenBench(aantal: number, map: string): Promise<{ naam: string; invoer: string; ms: number; aantal: number; eenheid: string; rssKb: number }[]>;
