// End to end: a git pre-commit hook running `crosscheck check --staged` blocks a commit whose draft
// contradicts the wires, and lets a consistent story through. Uses the built CLI (npm test builds first).

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/crosscheck.js');

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8' });
}

function repoWithHook(): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'cc-git-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  execFileSync('git', ['config', 'user.email', 'test@example.org'], { cwd: repo });
  execFileSync('git', ['config', 'user.name', 'Test'], { cwd: repo });
  const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" check --staged --no-color\n`);
  chmodSync(hook, 0o755);
  return repo;
}

function writeStoryIn(repo: string, draftNumber: string) {
  const story = path.join(repo, 'stories', 'troops');
  mkdirSync(story, { recursive: true });
  writeFileSync(path.join(story, 'story.json'), JSON.stringify({ primary: 'draft' }));
  writeFileSync(path.join(story, 'wire-a.txt'), ' date 2025-06-18\nThe ministry said on Tuesday that 6,000 personnel will be sent to the border region.\n');
  writeFileSync(path.join(story, 'wire-b.txt'), ' date 2025-06-18\nA total of 6,000 personnel are to be deployed, including engineers, a spokesman confirmed.\n');
  writeFileSync(path.join(story, 'draft.txt'), ` date 2025-06-18\nThe government will send ${draftNumber} personnel to the border, officials said.\n`);
}

describe('pre-commit hook', () => {
  it('blocks a draft that contradicts the wires, with the report', () => {
    const repo = repoWithHook();
    writeStoryIn(repo, '8,000');
    git(repo, 'add', '.');
    const commit = git(repo, 'commit', '-m', 'story');
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('8,000');
    expect(git(repo, 'rev-parse', '--verify', 'HEAD').status).not.toBe(0);
  });

  it('lets a consistent story commit', () => {
    const repo = repoWithHook();
    writeStoryIn(repo, '6,000');
    git(repo, 'add', '.');
    const commit = git(repo, 'commit', '-m', 'story');
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
    expect(commit.stdout + commit.stderr).toContain('0 errors');
  });
});
