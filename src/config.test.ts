import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives every setting a laptop default', () => {
    expect(loadConfig({}, '/home/me/tongzhou')).toEqual({
      port: 3000,
      host: 'localhost',
      dataDir: path.resolve('/home/me/tongzhou', '.tongzhou'),
      databaseUrl: undefined,
      demo: true,
      mode: 'demo',
      scenario: 'march-2020',
      logLevel: 'info',
      iatiPublisher: null,
    });
  });

  it('reads each variable, resolving the data dir against the working directory', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        TONGZHOU_DATA_DIR: 'data/db',
        DATABASE_URL: 'postgres://u:p@db:5432/tongzhou',
        TONGZHOU_DEMO: '0',
        TONGZHOU_SCENARIO: 'april-2020',
        TONGZHOU_MODE: 'production',
        LOG_LEVEL: 'warn',
        UNRELATED: 'ignored',
      },
      '/srv',
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/data/db',
      databaseUrl: 'postgres://u:p@db:5432/tongzhou',
      demo: false,
      mode: 'production',
      scenario: 'april-2020',
      logLevel: 'warn',
      iatiPublisher: null,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }, '/x')).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it.each([
    ['PORT', 'eighty', /PORT="eighty": must be a number/],
    ['PORT', '70000', /PORT="70000": must be between 0 and 65535/],
    ['TONGZHOU_DEMO', 'yes', /TONGZHOU_DEMO="yes": must be 0 or 1/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": must start with postgres:\/\//],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud": must be one of/],
    ['TONGZHOU_MODE', 'prod', /TONGZHOU_MODE="prod": must be demo or production/],
    ['TONGZHOU_SCENARIO', '../etc', /TONGZHOU_SCENARIO="..\/etc"/],
  ])('rejects %s=%s naming the variable and value', (name, value, message) => {
    expect(() => loadConfig({ [name]: value }, '/x')).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value }, '/x')).toThrow(message);
  });

  it('reads the IATI publisher, which needs a ref and a name together', () => {
    const config = loadConfig(
      {
        TONGZHOU_IATI_PUBLISHER_REF: 'XM-DAC-41114',
        TONGZHOU_IATI_PUBLISHER_NAME: ' Example Agency ',
        TONGZHOU_IATI_PUBLISHER_NAME_ZH: '示例机构',
      },
      '/x',
    );
    expect(config.iatiPublisher).toEqual({
      ref: 'XM-DAC-41114',
      nameEn: 'Example Agency',
      nameZh: '示例机构',
    });
    expect(() => loadConfig({ TONGZHOU_IATI_PUBLISHER_REF: 'XM-DAC-41114' }, '/x')).toThrow(
      /TONGZHOU_IATI_PUBLISHER_NAME is needed when TONGZHOU_IATI_PUBLISHER_REF is set/,
    );
    expect(() => loadConfig({ TONGZHOU_IATI_PUBLISHER_NAME: 'Example' }, '/x')).toThrow(
      /TONGZHOU_IATI_PUBLISHER_REF is needed/,
    );
    expect(() =>
      loadConfig(
        { TONGZHOU_IATI_PUBLISHER_REF: 'my org', TONGZHOU_IATI_PUBLISHER_NAME: 'X' },
        '/x',
      ),
    ).toThrow(/TONGZHOU_IATI_PUBLISHER_REF="my org": must have no white space/);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' }, '/x')).toThrow(
      /PORT="x".*LOG_LEVEL="y"/,
    );
  });
});
