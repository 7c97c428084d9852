import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hostFiles } from '../../src/integrations/host-files.ts';
import { normaliseBase } from '../../src/lib/paths.ts';
import {
  cacheRules,
  renderHeadersFile,
  renderNginxLocations,
  SECURITY_HEADERS,
} from '../../src/integrations/security-headers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  return parse(read(`.github/workflows/${name}`)) as Workflow;
}

/** The job's steps, with the index of the first that uses `action` or runs `command`. */
function stepIndex(job: Job, match: { uses?: string; run?: string }): number {
  return job.steps.findIndex(
    (step) =>
      (match.uses !== undefined && step.uses?.startsWith(`${match.uses}@`) === true) ||
      (match.run !== undefined && step.run?.split('\n').some((line) => line.trim() === match.run) === true),
  );
}

function step(job: Job | undefined, match: { uses?: string; run?: string }): Step {
  const found = job ? job.steps[stepIndex(job, match)] : undefined;
  if (!found) throw new Error(`no step ${JSON.stringify(match)}`);
  return found;
}

describe('the GitHub Pages workflow', () => {
  const deploy = workflow('deploy.yml');
  const build = deploy.jobs['build'];

  it('runs on a push to main and by hand', () => {
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    expect(deploy.on).toHaveProperty('workflow_dispatch');
  });

  it('has the permissions Pages needs and one deployment at a time', () => {
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency?.group).toBe('pages');
  });

  it('installs with the Node of .nvmrc, then builds for the repository’s path, then uploads dist', () => {
    if (!build) throw new Error('deploy.yml has no build job');
    expect(step(build, { uses: 'actions/setup-node' }).with?.['node-version-file']).toBe('.nvmrc');
    const order = [
      stepIndex(build, { uses: 'actions/checkout' }),
      stepIndex(build, { run: 'npm ci' }),
      stepIndex(build, { run: 'npm run build' }),
      stepIndex(build, { uses: 'actions/upload-pages-artifact' }),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const env = step(build, { run: 'npm run build' }).env ?? {};
    expect(env['BASE_PATH']).toMatch(/format\('\/\{0\}\/', github\.event\.repository\.name\)/);
    expect(env['BASE_PATH']).toContain('vars.BASE_PATH');
    expect(env['SITE_URL']).toMatch(/https:\/\/\{0\}\.github\.io', github\.repository_owner/);
    expect(env['SITE_URL']).toContain('vars.SITE_URL');
    expect(stepIndex(build, { uses: 'actions/configure-pages' })).toBeGreaterThan(0);
    expect(step(build, { uses: 'actions/upload-pages-artifact' }).with?.['path']).toBe('dist');
  });

  it('keeps the incremental build’s cache between runs, starting cold after a change of the lockfile or the configuration', () => {
    if (!build) throw new Error('deploy.yml has no build job');
    const cache = stepIndex(build, { uses: 'actions/cache' });
    expect(cache).toBeGreaterThan(stepIndex(build, { run: 'npm ci' }));
    expect(cache).toBeLessThan(stepIndex(build, { run: 'npm run build' }));
    const inputs = step(build, { uses: 'actions/cache' }).with ?? {};
    expect(inputs['path']?.trim().split('\n')).toEqual(['node_modules/.astro', 'node_modules/.cache/explainer']);
    const state = "hashFiles('package-lock.json', 'astro.config.mjs')";
    expect(inputs['key']).toContain(state);
    expect(inputs['key']).toContain('github.run_id');
    expect(inputs['restore-keys']).toContain(state);
    expect(inputs['key']?.startsWith(inputs['restore-keys'] ?? '-')).toBe(true);
  });

  it('deploys the uploaded site with deploy-pages once it is built', () => {
    const job = deploy.jobs['deploy'];
    expect(job?.needs).toBe('build');
    expect(job?.environment?.name).toBe('github-pages');
    expect(step(job, { uses: 'actions/deploy-pages' })).toBeDefined();
  });
});

describe('the CI workflow', () => {
  const ci = workflow('ci.yml');

  it('runs on every push and pull request', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('runs npm test after installing Chromium for the browser tests', () => {
    const test = ci.jobs['test'];
    if (!test) throw new Error('ci.yml has no test job');
    expect(step(test, { uses: 'actions/setup-node' }).with?.['node-version-file']).toBe('.nvmrc');
    const chromium = test.steps.findIndex((candidate) => /playwright install .*chromium/.test(candidate.run ?? ''));
    expect(chromium).toBeGreaterThan(stepIndex(test, { run: 'npm ci' }));
    expect(stepIndex(test, { run: 'npm test' })).toBeGreaterThan(chromium);
  });

  it('fails the audit job on a high or critical finding', () => {
    const audit = ci.jobs['audit'];
    expect(step(audit, { run: 'npm ci' })).toBeDefined();
    expect(step(audit, { run: 'npm audit --audit-level=high' })).toBeDefined();
  });
});

/** The rules of a `_headers` file: each path with its headers. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      current = new Map();
      rules.set(line, current);
      continue;
    }
    const [name = '', ...value] = line.trim().split(': ');
    current?.set(name, value.join(': '));
  }
  return rules;
}

describe('the headers the site asks of its host', () => {
  const csp = SECURITY_HEADERS.find((header) => header.name === 'Content-Security-Policy')?.value ?? '';

  it('keep the header policy out of the way of the meta policy’s hashes', () => {
    expect(csp.split('; ')).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/(^|; )(default-src|script-src|style-src)\b/);
    expect(SECURITY_HEADERS.map((header) => header.name)).toEqual(
      expect.arrayContaining([
        'X-Frame-Options',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Cross-Origin-Opener-Policy',
        'Strict-Transport-Security',
      ]),
    );
  });

  it.each([
    ['/', '/'],
    ['', '/'],
    ['/news/explainers/', '/news/explainers/'],
    ['/news/explainers', '/news/explainers/'],
    ['news/explainers/', '/news/explainers/'],
  ])('read the base path %j as %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });

  it.each(['/', '/news/explainers/'])('render as _headers under %s', (base) => {
    const rules = parseHeadersFile(renderHeadersFile(base));
    expect([...rules.keys()].every((path) => path.startsWith(base))).toBe(true);
    const everywhere = rules.get(`${base}*`);
    for (const header of SECURITY_HEADERS) expect(everywhere?.get(header.name), header.name).toBe(header.value);
    // Cloudflare Pages joins a header several rules set: only the hashed folders say how to cache.
    expect(everywhere?.has('Cache-Control')).toBe(false);
    expect(rules.get(`${base}_astro/*`)?.get('Cache-Control')).toMatch(/max-age=31536000.*immutable/);
    for (const rule of cacheRules()) {
      expect(rules.get(`${base}${rule.folder}*`)?.get('Cache-Control'), rule.folder).toBe(rule.cacheControl);
    }
  });

  it('cache only the hashed files of Pagefind for long, not its entry files', () => {
    const folders = cacheRules().map((rule) => rule.folder);
    expect(folders).toEqual(['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/']);
    for (const entry of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
      expect(
        folders.some((folder) => entry.startsWith(folder)),
        entry,
      ).toBe(false);
    }
  });

  it.each(['/', '/news/explainers/'])('render as nginx locations under %s, each with every header', (base) => {
    const locations = renderNginxLocations(base).split(/\n(?=location )/);
    expect(locations.map((location) => location.split('\n')[0])).toEqual([
      `location ${base} {`,
      `location ~ ^${base}(?:_astro/|pagefind/fragment/|pagefind/index/|pagefind/filter/) {`,
    ]);
    for (const location of locations) {
      for (const header of SECURITY_HEADERS) {
        expect(location).toContain(`add_header ${header.name} "${header.value}" always;`);
      }
    }
    expect(locations[1]).toContain('add_header Cache-Control "public, max-age=31536000, immutable";');
  });
});

describe('docs/nginx.conf', () => {
  const conf = read('docs/nginx.conf');

  it('holds the locations of src/integrations/security-headers.ts for the root, as they are there', () => {
    const indented = renderNginxLocations('/')
      .split('\n')
      .map((line) => (line ? `    ${line}` : line))
      .join('\n');
    expect(conf).toContain(indented);
  });

  it('sends every security header with the value of the list', () => {
    for (const header of SECURITY_HEADERS) {
      expect(conf).toContain(`add_header ${header.name} "${header.value}" always;`);
    }
  });

  it('serves the pages, the 404 page and Pagefind’s files', () => {
    expect(conf).toContain('try_files $uri $uri/ =404;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('default_type application/octet-stream;');
    expect(conf).toMatch(/^\s*gzip on;/m);
    expect(conf).toMatch(/^\s*brotli on;/m);
  });
});

describe('the deployment guide', () => {
  const guide = read('docs/deploy.md');

  it('explains both variables and links to the nginx server block and the workflow', () => {
    expect(guide).toContain('`SITE_URL`');
    expect(guide).toContain('`BASE_PATH`');
    expect(guide).toContain('](nginx.conf)');
    expect(guide).toContain('](../.github/workflows/deploy.yml)');
  });

  it('is linked from the README', () => {
    expect(read('README.md')).toContain('](docs/deploy.md)');
  });
});

describe('the host-files integration', () => {
  const work = mkdtempSync(join(tmpdir(), 'explainer-host-files-'));
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  /** Runs the integration's hooks as a build for `base` would, writing into `dir`. */
  function build(integration: AstroIntegration, base: string, dir: string): void {
    const logger = { info: () => undefined };
    type ConfigDone = NonNullable<AstroIntegration['hooks']['astro:config:done']>;
    type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
    const configDone = integration.hooks['astro:config:done'] as ConfigDone;
    const buildDone = integration.hooks['astro:build:done'] as BuildDone;
    void configDone({ config: { base, build: { assets: '_astro' } }, logger } as unknown as Parameters<ConfigDone>[0]);
    void buildDone({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<BuildDone>[0]);
  }

  it('writes _headers into the folder the build writes, under the configured base path', () => {
    const dir = join(work, 'dist.building');
    mkdirSync(dir);
    build(hostFiles(), '/news/explainers', dir);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(renderHeadersFile('/news/explainers/'));
  });

  it('stops the build rather than overwrite a _headers copied from public/', () => {
    const dir = join(work, 'with-public-headers');
    mkdirSync(dir);
    writeFileSync(join(dir, '_headers'), '/*\n  X-Custom: 1\n');
    expect(() => {
      build(hostFiles(), '/', dir);
    }).toThrow(/public\/_headers/);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe('/*\n  X-Custom: 1\n');
  });
});
