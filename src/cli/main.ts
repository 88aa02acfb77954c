#!/usr/bin/env node
// The `storyline` command.
import { Command, Option } from 'commander';
import { runAnalyze } from './commands/analyze.js';
import { runArticles, runFailures, runSearch, runShow } from './commands/browse.js';
import { runCluster } from './commands/cluster.js';
import { runDemo } from './commands/demo.js';
import { runEntities, runEntity } from './commands/entities.js';
import { runExtract } from './commands/extract.js';
import { runIngest } from './commands/ingest.js';
import { runReport } from './commands/report.js';
import { runServe } from './commands/serve.js';
import { runWatch } from './commands/watch.js';
import { runStories, runStory, runWhy } from './commands/stories.js';
import { runSummarize } from './commands/summarize.js';
import { runSchedule } from './commands/schedule.js';
import { runWorker } from './commands/worker.js';

// A closed pipe (`storyline articles | head`) ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command();
program
  .name('storyline')
  .description('Storyline: a self-hosted news story engine.')
  .version('0.1.0')
  .option('--db <path>', 'store location (default: $STORYLINE_DB or .storyline/storyline.db)')
  .showHelpAfterError();

const fetchOptions = (cmd: Command): Command =>
  cmd
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default 10485760)')
    .option('--timeout <ms>', 'HTTP request timeout in milliseconds (default 20000)')
    .option('--delay <ms>', 'minimum delay between requests to one host, in milliseconds (default 1000)')
    .option('--no-robots', 'do not consult robots.txt (only for sites you own)');

fetchOptions(
  program
    .command('ingest')
    .description('ingest files, directories, feeds, OPML lists, URLs or - (standard input) into the store')
    .argument('<inputs...>', 'files, directories, URLs, or - for standard input')
    .option('--json', 'print one JSON object per outcome and a summary object')
    .option(
      '--queue',
      'add jobs to the PostgreSQL queue for `storyline worker` (the default with postgres://)',
    )
    .option('--no-queue', 'with postgres://, process the inputs here instead of queueing them'),
).action(async (inputs: string[], opts, cmd: Command) => {
  await runIngest(inputs, { ...cmd.optsWithGlobals(), ...opts });
});

fetchOptions(
  program
    .command('extract')
    .description('print the clean article(s) from files or URLs without storing them')
    .argument('<inputs...>', 'files, directories, URLs, or - for standard input')
    .option('--jsonl', 'one JSON object per input article, in input order'),
).action(async (inputs: string[], opts) => runExtract(inputs, opts));

fetchOptions(
  program
    .command('analyze')
    .description('analyse articles without storing them: sentences, quantities, cited sources, opinion')
    .argument('[inputs...]', 'files or URLs; none with --jsonl reads {id, text} lines from standard input')
    .option('--jsonl', 'JSON lines in and out')
    .option('--no-clean', 'analyse the text exactly as given, so offsets line up with the input'),
).action(async (inputs: string[], opts) => runAnalyze(inputs, opts));

program
  .command('articles')
  .description('list stored articles, newest first')
  .option('--limit <n>', 'how many', '50')
  .option('--offset <n>', 'skip this many', '0')
  .option('--outlet <name>', 'only this outlet')
  .option('--language <code>', 'only this language (ISO 639-1)')
  .option('--json', 'JSON output')
  .action(async (opts, cmd: Command) => runArticles(cmd.optsWithGlobals()));

program
  .command('show')
  .description('show one stored article: clean text, metadata with provenance, cleaning report')
  .argument('<id>', 'article id (see `storyline articles`)')
  .option('--json', 'the whole article record as JSON')
  .option('--raw', 'print the raw input behind the article')
  .option('--analysis', 'print what analysis found in the article')
  .action(async (id: string, _opts, cmd: Command) => runShow(id, cmd.optsWithGlobals()));

program
  .command('search')
  .description('full-text search over stored articles ("quoted phrases", prefix*)')
  .argument('<query...>', 'words to search for')
  .option('--limit <n>', 'how many', '20')
  .option('--json', 'JSON output')
  .action(async (query: string[], _opts, cmd: Command) => runSearch(query.join(' '), cmd.optsWithGlobals()));

program
  .command('failures')
  .description('list inputs that could not be ingested, with their reasons')
  .option('--limit <n>', 'how many', '100')
  .option('--json', 'JSON output')
  .action(async (_opts, cmd: Command) => runFailures(cmd.optsWithGlobals()));

fetchOptions(
  program
    .command('serve')
    .description('serve the web UI and JSON API for the store')
    .addOption(new Option('--port <n>', 'port').default(process.env['PORT'] ?? '4317'))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--watch <feeds...>', 'also poll these feed URLs or OPML files (and the subscription list)')
    .option('--interval <s>', 'seconds between polls of one feed with --watch (default 600)'),
).action(async (_opts, cmd: Command) => runServe(cmd.optsWithGlobals()));

program
  .command('demo')
  .description('ingest the bundled demo corpus into a fresh store and serve it (what `npm start` runs)')
  .addOption(new Option('--port <n>', 'port').default(process.env['PORT'] ?? '4317'))
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .action(async (_opts, cmd: Command) => runDemo(cmd.optsWithGlobals()));

program
  .command('stories')
  .description(
    'list stories, most recently updated first: size, independent sources, outlets, first/last seen',
  )
  .option('--limit <n>', 'how many', '50')
  .option('--offset <n>', 'skip this many', '0')
  .option('--outlet <name>', 'only stories with an article from this outlet')
  .option('--language <code>', 'only stories with an article in this language')
  .option('--entity <id>', 'only stories that mention this entity (see `storyline entities`)')
  .option('--since <date>', 'only stories seen on or after this date')
  .option('--until <date>', 'only stories seen on or before this date')
  .option('--json', 'JSON lines output')
  .action(async (_opts, cmd: Command) => runStories(cmd.optsWithGlobals()));

program
  .command('story')
  .description('show one story: its articles in arrival order, copies, wire origins and merges')
  .argument('<id>', 'story id (see `storyline stories`)')
  .option('--json', 'JSON output')
  .action(async (id: string, _opts, cmd: Command) => runStory(id, cmd.optsWithGlobals()));

program
  .command('why')
  .description('explain why an article joined its story: score, runner-up, shared terms and entities')
  .argument('<article>', 'article id')
  .option('--json', 'JSON output')
  .action(async (id: string, _opts, cmd: Command) => runWhy(id, cmd.optsWithGlobals()));

program
  .command('entities')
  .description('list entities across the store, one identity per real entity with its surface forms')
  .option('--limit <n>', 'how many', '50')
  .option('--offset <n>', 'skip this many', '0')
  .option('--type <type>', 'person, organization, place, group or other')
  .option('--q <prefix>', 'name or alias prefix')
  .option('--json', 'JSON lines output')
  .action(async (_opts, cmd: Command) => runEntities(cmd.optsWithGlobals()));

program
  .command('entity')
  .description('show one entity: aliases, type, roles, its stories and articles, and what it said')
  .argument('<id>', 'entity id (see `storyline entities`)')
  .option('--json', 'JSON output')
  .action(async (id: string, _opts, cmd: Command) => runEntity(id, cmd.optsWithGlobals()));

program
  .command('cluster')
  .description(
    'cluster {id, text, title?, publishedAt?, outlet?} lines from standard input with a fresh state',
  )
  .option('--jsonl', 'JSON lines in ({id, text, ...}) and out ({id, story})')
  .action(async (opts: { jsonl?: boolean }) => runCluster(opts));

fetchOptions(
  program
    .command('watch')
    .description('poll feeds (URLs or OPML files) on a schedule and ingest new entries')
    .argument('<feeds...>', 'feed URLs or OPML files (re-read every round)')
    .option('--interval <s>', 'seconds between polls of one feed (default 600)')
    .option('--max-backoff <s>', 'longest wait after repeated failures, in seconds (default 21600)')
    .option('--quiet', 'print nothing per poll'),
).action(async (feeds: string[], _opts, cmd: Command) => runWatch(feeds, cmd.optsWithGlobals()));

fetchOptions(
  program
    .command('summarize')
    .description(
      'summarise the given articles as one story without storing them: headline, key points, cited summary',
    )
    .argument('<inputs...>', 'files, directories, URLs, or - for standard input')
    .option('--words <n>', 'length of the summary in words', '100')
    .option('--format <format>', 'text or json', 'text'),
).action(async (inputs: string[], opts) => runSummarize(inputs, opts));

fetchOptions(
  program
    .command('worker')
    .description('run pipeline jobs from the PostgreSQL queue (start any number, on any machines)')
    .option('--concurrency <n>', 'jobs run at once in this process (default $STORYLINE_CONCURRENCY or 1)'),
).action(async (opts, cmd: Command) => runWorker({ ...cmd.optsWithGlobals(), ...opts }));

program
  .command('schedule')
  .description('schedule feed polls as jobs in the PostgreSQL queue, so any `storyline worker` polls them')
  .argument('<feeds...>', 'feed URLs')
  .option('--every <seconds>', 'seconds between two polls of a feed (default 900)')
  .action(async (feeds: string[], opts, cmd: Command) =>
    runSchedule(feeds, { ...cmd.optsWithGlobals(), ...opts }),
  );

program
  .command('report')
  .description('the story as a report: summary, timeline, claims, quotes, sources, perspectives')
  .argument('<story>', 'story id (see `storyline stories`)')
  .option('--format <format>', 'md, html or json', 'md')
  .action(async (id: string, _opts, cmd: Command) => runReport(id, cmd.optsWithGlobals()));

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`storyline: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
