import type { Command } from 'commander';

/** Nog te bouwen: de commando's van `szmh themacontrole` worden hier geregistreerd. */
export function registreerThemacontrole(_programma: Command): void {}
