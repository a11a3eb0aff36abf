#!/usr/bin/env node
// Draait één szmh-commando in dit proces en meldt daarna de tijd in het proces, de CPU-tijd (alle
// threads, ook werkers) en het piekgeheugen (max RSS) als JSON op stderr, zodat bench/run.mjs het kan
// aflezen: node bench/meet.mjs boete bereken ...
import { main } from '../dist/cli.js';

const begin = process.hrtime.bigint();
await main(['node', 'szmh', ...process.argv.slice(2)]);
const ms = Number(process.hrtime.bigint() - begin) / 1e6;
const cpu = process.cpuUsage();
process.stderr.write(`\nMEETING ${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, rssKb: process.resourceUsage().maxRSS, exitcode: process.exitCode ?? 0 })}\n`);
