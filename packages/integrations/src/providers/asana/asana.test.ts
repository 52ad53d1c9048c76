import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
import { asana } from './index.js';

const server = providerServer();
const api = 'https://app.asana.com/api/1.0';

describe('asana', () => {
  it('create_task wraps the body in data and unwraps the answer', async () => {
    const seen = respond(server, 'post', `${api}/tasks`, { data: { gid: '1204', name: 'Buy catnip', permalink_url: 'https://app.asana.com/0/0/1204', completed: false, resource_type: 'task' } }, 201);
    expect(await run(asana, 'create_task', { workspace: '1331', name: 'Buy catnip', dueOn: '2026-12-24', assignee: 'me' })).toEqual({ gid: '1204', name: 'Buy catnip', permalink_url: 'https://app.asana.com/0/0/1204', completed: false });
    expect(seen[0]!.body).toMatchObject({ data: { workspace: '1331', name: 'Buy catnip', due_on: '2026-12-24', assignee: 'me' } });
  });

  it('list_projects and list_tasks; a 402 premium-only answer is a provider error', async () => {
    respond(server, 'get', `${api}/projects`, { data: [{ gid: '1', name: 'Roadmap', resource_type: 'project' }] });
    expect(await run(asana, 'list_projects', { workspace: '1331' })).toEqual({ projects: [{ gid: '1', name: 'Roadmap' }] });
    respond(server, 'get', `${api}/projects/1/tasks`, { data: [{ gid: '7', name: 'Ship', completed: true }] });
    expect(await run(asana, 'list_tasks', { project: '1' })).toEqual({ tasks: [{ gid: '7', name: 'Ship', completed: true }] });
    respond(server, 'get', `${api}/projects/2/tasks`, { errors: [{ message: 'This feature is only available to premium users.' }] }, 402);
    expect(await runError(asana, 'list_tasks', { project: '2' })).toMatchObject({ code: 'provider_error', providerStatus: 402 });
  });
});

describe('asana health check', () => {
  it('retrieves users/me; Not Authorized is unauthorized', async () => {
    // https://developers.asana.com/reference/getuser
    respond(server, 'get', `${api}/users/me`, { data: { gid: '12345', resource_type: 'user', name: 'Greg Sanchez' } });
    expect(await checkHealth(asana)).toEqual({});
    // https://developers.asana.com/docs/errors
    respond(server, 'get', `${api}/users/me`, { errors: [{ message: 'Not Authorized' }] }, 401);
    expect(await checkHealthError(asana)).toMatchObject({ code: 'unauthorized', providerStatus: 401 });
  });
});
