#!/usr/bin/env node
// Draait één szmh-commando in dit proces en meldt daarna wandkloktijd en piekgeheugen (RSS) als
// JSON op stderr, zodat bench/run.mjs het kan aflezen: node bench/meet.mjs boete bereken ...
import { main } from '../dist/cli.js';

const begin = process.hrtime.bigint();
await main(['node', 'szmh', ...process.argv.slice(2)]);
const ms = Number(process.hrtime.bigint() - begin) / 1e6;
process.stderr.write(`\nMEETING ${JSON.stringify({ ms, rssKb: process.resourceUsage().maxRSS, exitcode: process.exitCode ?? 0 })}\n`);
