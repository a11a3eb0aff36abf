import type { Command } from 'commander';

/** Nog te bouwen: de commando's van `szmh ib` worden hier geregistreerd. */
export function registreerIb(_programma: Command): void {}
