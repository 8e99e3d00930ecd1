import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { writeStory } from '../helpers/story.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: true, env, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const SEED = 'corpus/korea-russia-builders';
const ANSI = /\u001b\[/;
const hashFolder = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex'))
    .join();

describe('crosscheck check', () => {
  it('prints the stylish report of the seed story with exit 0', async () => {
    const r = await run(['check', SEED, '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5 sources');
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stderr).toBe('');
  });

  it('honours NO_COLOR and colours a terminal otherwise', async () => {
    expect((await run(['check', SEED], { NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await run(['check', SEED])).stdout).toMatch(ANSI);
  });

  it('writes the JSON report atomically with -o and leaves the sources untouched', async () => {
    const before = hashFolder(SEED);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cc-out-')), 'report.json');
    const r = await run(['check', SEED, '-f', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
    expect(readdirSync(path.dirname(out))).toEqual(['report.json']);
    expect(hashFolder(SEED)).toBe(before);
  });

  it('exits 1 on an error finding and 1 when warnings exceed --max-warnings', async () => {
    const dir = writeStory({
      a: ' date 2024-03-02\nThe earthquake killed 45 people in the mountain villages, police said.\n',
      b: ' date 2024-03-02\nRescuers reported that 52 people died when the quake struck the valley.\n',
    });
    expect((await run(['check', dir, '--no-color'])).code).toBe(1);
    expect((await run(['check', dir, '--rule', 'numeric-agreement:warning', '--max-warnings', '0'])).code).toBe(1);
    expect((await run(['check', dir, '--rule', 'numeric-agreement:warning'])).code).toBe(0);
    expect((await run(['check', dir, '--rule', 'numeric-agreement:off'])).code).toBe(0);
  });

  it.each([
    [['check', '/nonexistent/story'], /nonexistent/],
    [['check', mkdtempSync(path.join(tmpdir(), 'cc-empty-'))], /cc-empty-/],
    [['check', SEED, '--format', 'xml'], /format/],
    [['check'], /story folder/],
    [['check', SEED, '--rule', 'numeric-agrement:off'], /did you mean "numeric-agreement"/],
    [['check', SEED, '--rule', 'nonsense'], /id:severity/],
    [['check', SEED, '--watch', '--staged'], /--watch cannot be combined with --staged/],
    [['check', SEED, '-w', '--print-config'], /--watch cannot be combined with --print-config/],
    [['check', '/nonexistent/story', '--watch'], /nonexistent/],
    [['check', '--watch'], /story folder/],
    [['check', SEED, '-w', '--format', 'xml'], /format/],
  ])('exits 2 with one line for bad input %j', async (args, pattern) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('rejects a malformed rule file with the file, the JSON path and a did-you-mean', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-rules-'));
    writeFileSync(
      path.join(dir, 'mine.json'),
      JSON.stringify({ id: 'mine', kind: 'numeric-agreemnt', severity: 'error', description: 'x', message: 'x', docs: 'https://x', optoins: {} }),
    );
    const r = await run(['check', SEED, '--rules', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mine.json');
    expect(r.stderr).toContain('unknown key "optoins" (did you mean "options"?)');
    expect(r.stderr).toContain('/kind');
    expect(r.stderr).toContain('did you mean "numeric-agreement"');
    writeFileSync(path.join(dir, 'mine.json'), '{ "id": ');
    const bad = await run(['check', SEED, '--rules', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/mine\.json: invalid JSON/);
  });

  it('skips a binary file and reports replaced bytes, still checking the good sources', async () => {
    const dir = writeStory({ a: ' date 2024-03-02\nThe storm destroyed 120 houses along the coast.\n' });
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(path.join(dir, 'b.txt'), Buffer.concat([Buffer.from('Officials counted 120 houses wrecked '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' by the storm.\n')]));
    const r = await run(['check', dir, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/photo\.txt/);
    expect(r.stderr).toMatch(/b\.txt: \d+ invalid bytes? replaced/);
    expect(JSON.parse(r.stdout).stories[0].sources.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
  });

  it('finishes on a 3 MB source and on a line of 200,000 digits', async () => {
    const story = readFileSync(`${SEED}/${readdirSync(SEED)[0]}`, 'utf8');
    const dir = writeStory({ big: story.repeat(Math.ceil(3e6 / story.length)), digits: '1'.repeat(200_000) + '\n' });
    const r = await run(['check', dir, '-f', 'json', '-o', path.join(dir, 'out.json')]);
    expect(r.code).toBeLessThan(2);
    expect(existsSync(path.join(dir, 'out.json'))).toBe(true);
  }, 60_000);

  it('prints the configuration in force, with a config file found above the story', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cc-config-'));
    const story = path.join(root, 'stories', 'one');
    mkdirSync(story, { recursive: true });
    writeFileSync(path.join(story, 'a.txt'), 'The storm destroyed 120 houses.\n');
    writeFileSync(path.join(root, 'crosscheck.config.json'), JSON.stringify({ rules: { 'single-origin': 'off' }, maxWarnings: 3 }));
    const r = await run(['check', story, '--print-config']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.configFile).toBe(path.join(root, 'crosscheck.config.json'));
    expect(printed.rules['single-origin']).toBe('off');
    expect(printed.maxWarnings).toBe(3);
    writeFileSync(path.join(root, 'crosscheck.config.json'), JSON.stringify({ rulez: {} }));
    const bad = await run(['check', story]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown key "rulez" (did you mean "rules"?)');
  });
});

describe('crosscheck extract and rules', () => {
  it('lists the claims of one source', async () => {
    const r = await run(['extract', `${SEED}/${readdirSync(SEED).find((f) => f.startsWith('002'))}`, '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source.language).toBe('nl');
    expect(out.claims.some((c: { value: unknown }) => c.value === 6000)).toBe(true);
  });

  it('shows the conversion a source states beside an amount', async () => {
    const dir = writeStory({ a: 'The company will pay 20 million euros ($26 million) in damages.\n' });
    const r = await run(['extract', path.join(dir, 'a.txt')]);
    expect(r.stdout).toMatch(/"20 million euros" → 20000000 exact unit=eur .*also=26000000 usd/);
  });

  it('lists the rules with their docs', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    for (const id of ['numeric-agreement', 'date-agreement', 'composition', 'single-origin', 'spelling-variants']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('https://');
  });
});

describe('draft against the wires (--primary)', () => {
  const story = () =>
    writeStory({
      draft: ' date 2025-06-18\nThe government will send 8,000 personnel and 300 tanks to the border, officials said.\n',
      'wire-a': ' date 2025-06-18\nThe ministry said on Tuesday that 6,000 personnel will be sent to the border region.\n',
      'wire-b': ' date 2025-06-18\nA total of 6,000 personnel are to be deployed, including engineers, a spokesman confirmed.\n',
    });

  it('anchors findings in the draft, names who contradicts it, and warns about what no source gives', async () => {
    const dir = story();
    const r = await run(['check', dir, '--primary', path.join(dir, 'draft.txt'), '-f', 'json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).stories[0].findings as { ruleId: string; severity: string; message: string; claims: { source: string; line: number; column: number }[] }[];
    const conflict = findings.find((f) => f.ruleId === 'numeric-agreement')!;
    expect(conflict.claims[0]).toMatchObject({ source: 'draft', line: 2 });
    expect(conflict.message).toContain('draft "8,000" is contradicted by "6,000" in wire-a, wire-b');
    const unsupported = findings.find((f) => f.ruleId === 'unsupported-claim')!;
    expect(unsupported.severity).toBe('warning');
    expect(unsupported.message).toContain('unsupported: 300');
    const stylish = await run(['check', dir, '--primary', 'draft.txt', '--no-color']);
    expect(stylish.stdout).toMatch(/draft\.txt:2:\d+ {2}error {2}personnel/);
  });

  it('rejects a draft that is not in the folder', async () => {
    const r = await run(['check', story(), '--primary', 'nosuchfile.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nosuchfile/);
  });
});

describe('formats through the CLI', () => {
  it('prints Markdown, HTML and SARIF for the seed story', async () => {
    const md = await run(['check', SEED, '-f', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## crosscheck report/m);
    expect(md.stdout).toContain('| Slot |');
    const html = await run(['check', SEED, '-f', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/i);
    expect(html.stdout).toContain('Pyongyang');
    expect(html.stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']https?:/i);
    const sarif = JSON.parse((await run(['check', SEED, '-f', 'sarif'])).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^corpus\/korea-russia-builders\//);
  });

  it('--quiet keeps errors only and does not change the exit code', async () => {
    const dir = writeStory({
      a: ' date 2024-03-02\nThe earthquake killed 45 people in the mountain villages, police said.\n',
      b: ' date 2024-03-02\nRescuers reported that 52 people died when the quake struck the valley.\n',
    });
    const loud = JSON.parse((await run(['check', dir, '-f', 'json'])).stdout).stories[0].findings;
    const quiet = await run(['check', dir, '-f', 'json', '--quiet']);
    expect(quiet.code).toBe(1);
    const findings = JSON.parse(quiet.stdout).stories[0].findings as { severity: string }[];
    expect(loud.some((f: { severity: string }) => f.severity === 'info')).toBe(true);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
});
