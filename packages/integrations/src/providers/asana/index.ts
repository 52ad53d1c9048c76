import { z } from 'zod';
import { bearerToken, defineAction, defineIntegration } from '../../define.js';
import { monogramIcon, requestJson } from '../../providerHttp.js';

// Asana wraps every answer in `{ data }` (https://developers.asana.com/docs/response-format).
const gid = z.string().regex(/^\d+$/);
const task = z.object({ gid: z.string(), name: z.string(), permalink_url: z.string().optional(), completed: z.boolean().optional() });
const project = z.object({ gid: z.string(), name: z.string() });

const createTask = defineAction({
  id: 'create_task',
  name: 'Create task',
  description: 'A task in a workspace, optionally in projects and assigned.',
  effect: 'write',
  input: z.object({
    workspace: gid,
    name: z.string().min(1).max(1024),
    notes: z.string().max(65_000).optional(),
    projects: z.array(gid).max(20).optional(),
    assignee: z.string().optional().describe('A user gid, an email, or "me".'),
    dueOn: z.iso.date().optional(),
  }),
  output: task,
  async execute(input, _credentials, context) {
    const { data } = await requestJson<{ data: z.infer<typeof task> }>(context, 'Asana', 'tasks?opt_fields=name,permalink_url,completed', {
      method: 'POST',
      json: { data: { workspace: input.workspace, name: input.name, notes: input.notes, projects: input.projects, assignee: input.assignee, due_on: input.dueOn } },
    });
    return { gid: data.gid, name: data.name, permalink_url: data.permalink_url, completed: data.completed };
  },
});

const listProjects = defineAction({
  id: 'list_projects',
  name: 'List projects',
  description: 'Projects of a workspace.',
  effect: 'read',
  input: z.object({ workspace: gid, limit: z.number().int().min(1).max(100).default(50), archived: z.boolean().default(false) }),
  output: z.object({ projects: z.array(project) }),
  async execute(input, _credentials, context) {
    const { data } = await requestJson<{ data: z.infer<typeof project>[] }>(context, 'Asana', `projects?workspace=${input.workspace}&limit=${input.limit}&archived=${input.archived}`);
    return { projects: data.map(({ gid: id, name }) => ({ gid: id, name })) };
  },
});

const listTasks = defineAction({
  id: 'list_tasks',
  name: 'List tasks',
  description: 'Tasks of a project.',
  effect: 'read',
  input: z.object({ project: gid, limit: z.number().int().min(1).max(100).default(50) }),
  output: z.object({ tasks: z.array(task) }),
  async execute(input, _credentials, context) {
    const { data } = await requestJson<{ data: z.infer<typeof task>[] }>(context, 'Asana', `projects/${input.project}/tasks?limit=${input.limit}&opt_fields=name,permalink_url,completed`);
    return { tasks: data };
  },
});

// https://developers.asana.com/docs/oauth
export const asana = defineIntegration({
  metadata: { id: 'int_asana', slug: 'asana', name: 'Asana', description: 'Work management', category: 'project-management', icon: monogramIcon('Asana', 'A', '#F06A6A'), version: '1.0.0', authType: 'oauth2' },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://app.asana.com/-/oauth_authorize',
    tokenUrl: 'https://app.asana.com/-/oauth_token',
    scopes: ['default'],
    scopeSeparator: ' ',
    pkce: true,
    tokenEndpointAuthMethod: 'client_secret_post',
    refreshable: true,
  },
  apiBaseUrl: 'https://app.asana.com/api/1.0/',
  authorizeRequest: bearerToken,
  // https://developers.asana.com/reference/getuser with `me`
  healthCheck: async (_credentials, context) => {
    await requestJson(context, 'Asana', 'users/me?opt_fields=name');
    return {};
  },
  actions: [createTask, listProjects, listTasks],
});
