import type { Command } from 'commander';

/** Nog te bouwen: de commando's van `szmh verzuim` worden hier geregistreerd. */
export function registreerVerzuim(_programma: Command): void {}
