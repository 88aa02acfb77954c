import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { buildServer, registeredRoutes } from '../app.js';
import { OPENAPI_DOCUMENT } from './openapi.js';

describe('OpenAPI document', () => {
  it('documents exactly the /api routes the server registers', async () => {
    const store = openSqliteStore(':memory:');
    const app = buildServer(store);
    await app.ready();
    const registered = registeredRoutes(app)
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(OPENAPI_DOCUMENT.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    expect(registered.length).toBeGreaterThan(10);
    expect(documented).toEqual(registered);
    const served = await app.inject('/api/openapi.json');
    expect(served.json().openapi).toMatch(/^3\./);
    await app.close();
    await store.close();
  });
});
