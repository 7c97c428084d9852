import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewArgs } from '../../scripts/start.ts';

describe('npm start: the arguments of astro preview', () => {
  it('serves on the default port when given nothing', () => {
    expect(previewArgs([], {})).toEqual([]);
  });

  it('takes the port from PORT', () => {
    expect(previewArgs([], { PORT: '4601' })).toEqual(['--port', '4601']);
  });

  it.each([[['--port', '4601']], [['--port=4601']]])('takes the port from %j on the command line', (argv) => {
    expect(previewArgs(argv, {})).toEqual(argv);
  });

  it('prefers the command line to PORT', () => {
    expect(previewArgs(['--port', '4601'], { PORT: '5000' })).toEqual(['--port', '4601']);
  });

  it('passes every other argument on as it is', () => {
    expect(previewArgs(['--host', '0.0.0.0', '--open'], { PORT: '4601' })).toEqual([
      '--host',
      '0.0.0.0',
      '--open',
      '--port',
      '4601',
    ]);
  });

  it('ignores an empty PORT', () => {
    expect(previewArgs([], { PORT: '' })).toEqual([]);
  });

  it('serves the folder OUT_DIR names, where the build wrote the site', () => {
    expect(previewArgs([], { OUT_DIR: 'site' })).toEqual(['--outDir', resolve('site')]);
    expect(previewArgs(['--outDir', 'other'], { OUT_DIR: 'site' })).toEqual(['--outDir', 'other']);
  });

  it.each([
    [[], { PORT: 'http' }, 'PORT is "http"'],
    [[], { PORT: '70000' }, 'PORT is "70000"'],
    [[], { PORT: '0' }, 'PORT is "0"'],
    [['--port', 'abc'], {}, '--port is "abc"'],
    [['--port=4601.5'], {}, '--port is "4601.5"'],
    [['--port'], {}, '--port is missing its number'],
  ])('refuses %j with %j, saying what a port is', (argv, env, said) => {
    expect(() => previewArgs(argv, env)).toThrow(said);
    expect(() => previewArgs(argv, env)).toThrow('a whole number from 1 to 65535, e.g. PORT=4601 npm start');
  });
});
