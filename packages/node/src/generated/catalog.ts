// generated from packages/integrations — do not edit. Run `pnpm generate`.
/* eslint-disable */

export interface SlackSendMessageInput {
  /**
   * A channel id (C…) or name (#general).
   */
  channel: string;
  text: string;
  /**
   * Reply in this thread.
   */
  threadTs?: string;
}

export interface SlackSendMessageOutput {
  ok: true;
  channel: string;
  ts: string;
}

export interface SlackListChannelsInput {
  types?: 'public_channel' | 'private_channel' | 'public_channel,private_channel';
  limit?: number;
  cursor?: string;
  excludeArchived?: boolean;
}

export interface SlackListChannelsOutput {
  channels: {
    id: string;
    name: string;
    isPrivate: boolean;
    isMember: boolean;
  }[];
  nextCursor: string | null;
}

export interface SlackFindUserByEmailInput {
  email: string;
}

export interface SlackFindUserByEmailOutput {
  id: string;
  name: string;
  realName: string | null;
  teamId: string | null;
}

export interface SlackAddReactionInput {
  channel: string;
  /**
   * The message ts.
   */
  timestamp: string;
  /**
   * Emoji name without colons, e.g. thumbsup.
   */
  name: string;
}

export interface SlackAddReactionOutput {
  ok: true;
}

export interface SlackMessageTriggerConfig {
  /**
   * Only events in this channel (its id, C…).
   */
  channel?: string;
  /**
   * Also deliver messages posted by bots.
   */
  includeBotMessages?: boolean;
}

export interface SlackMessageTriggerPayload {
  team: string;
  channel: string;
  channelType: string | null;
  /**
   * The author; null for bot messages without a user.
   */
  user: string | null;
  botId: string | null;
  text: string;
  /**
   * Slack message timestamp, the message id within its channel.
   */
  ts: string;
  /**
   * Set on replies: the ts of the thread’s parent.
   */
  threadTs: string | null;
}

export interface SlackAppMentionTriggerConfig {
  /**
   * Only events in this channel (its id, C…).
   */
  channel?: string;
}

export interface SlackAppMentionTriggerPayload {
  team: string;
  channel: string;
  /**
   * The author; null for bot messages without a user.
   */
  user: string | null;
  text: string;
  /**
   * Slack message timestamp, the message id within its channel.
   */
  ts: string;
  /**
   * Set on replies: the ts of the thread’s parent.
   */
  threadTs: string | null;
}

export interface SlackReactionAddedTriggerConfig {
  /**
   * Only events in this channel (its id, C…).
   */
  channel?: string;
  /**
   * Only this emoji, by name without colons (thumbsup).
   */
  reaction?: string;
}

export interface SlackReactionAddedTriggerPayload {
  team: string;
  /**
   * Who reacted.
   */
  user: string;
  reaction: string;
  /**
   * The author of the message reacted to.
   */
  itemUser: string | null;
  item: {
    type: string;
    channel: string | null;
    ts: string | null;
  };
  eventTs: string;
}

export interface NotionSearchInput {
  query?: string;
  pageSize?: number;
}

export interface NotionSearchOutput {
  results: {
    object: 'page' | 'database';
    id: string;
    url?: string;
  }[];
  has_more: boolean;
  next_cursor: string | null;
}

export interface NotionCreatePageInput {
  parent:
    | {
        pageId: string;
      }
    | {
        databaseId: string;
      };
  title: string;
  /**
   * The database title property name (databases only).
   */
  titleProperty?: string;
  /**
   * @maxItems 100
   */
  paragraphs?: string[];
}

export interface NotionCreatePageOutput {
  id: string;
  url: string;
}

export interface NotionQueryDatabaseInput {
  databaseId: string;
  filter?: {
    [k: string]: unknown | undefined;
  };
  sorts?: {
    [k: string]: unknown | undefined;
  }[];
  pageSize?: number;
  startCursor?: string;
}

export interface NotionQueryDatabaseOutput {
  results: {
    id: string;
    url: string;
    properties: {
      [k: string]: unknown | undefined;
    };
  }[];
  has_more: boolean;
  next_cursor: string | null;
}

export interface NotionPageCreatedTriggerConfig {
  /**
   * The database whose pages to watch.
   */
  databaseId: string;
}

export interface NotionPageCreatedTriggerPayload {
  id: string;
  url: string;
  createdTime: string;
  lastEditedTime: string;
  archived: boolean;
  /**
   * The page’s property values, as Notion returns them.
   */
  properties: {
    [k: string]: unknown | undefined;
  };
}

export interface NotionPageUpdatedTriggerConfig {
  /**
   * The database whose pages to watch.
   */
  databaseId: string;
}

export interface NotionPageUpdatedTriggerPayload {
  id: string;
  url: string;
  createdTime: string;
  lastEditedTime: string;
  archived: boolean;
  /**
   * The page’s property values, as Notion returns them.
   */
  properties: {
    [k: string]: unknown | undefined;
  };
}

export interface GoogleSheetsReadRangeInput {
  spreadsheetId: string;
  range: string;
}

export interface GoogleSheetsReadRangeOutput {
  range: string;
  majorDimension: string;
  values: string[][];
}

export interface GoogleSheetsAppendRowsInput {
  spreadsheetId: string;
  /**
   * A1 notation, e.g. Sheet1!A:D
   */
  range: string;
  /**
   * @minItems 1
   * @maxItems 10000
   */
  rows: [(string | number | boolean | null)[], ...(string | number | boolean | null)[][]];
  valueInputOption?: 'RAW' | 'USER_ENTERED';
}

export interface GoogleSheetsAppendRowsOutput {
  updatedRange: string;
  updatedRows: number;
  updatedCells: number;
}

export interface GoogleSheetsCreateSpreadsheetInput {
  title: string;
  /**
   * @maxItems 50
   */
  sheetTitles?: string[];
}

export interface GoogleSheetsCreateSpreadsheetOutput {
  spreadsheetId: string;
  spreadsheetUrl: string;
}

export interface GoogleSheetsNewRowTriggerConfig {
  spreadsheetId: string;
  /**
   * The sheet (tab) name.
   */
  sheet?: string;
  /**
   * Row 1 holds column names: rows are also delivered as a record keyed by them.
   */
  headerRow?: boolean;
}

export interface GoogleSheetsNewRowTriggerPayload {
  rowNumber: number;
  values: string[];
  /**
   * The values by column name, when the sheet has a header row.
   */
  record: {
    [k: string]: string | undefined;
  } | null;
}

export interface GithubListRepositoriesInput {
  perPage?: number;
  page?: number;
}

export interface GithubListRepositoriesOutput {
  repositories: {
    id: number;
    full_name: string;
    private: boolean;
    html_url: string;
    default_branch: string;
  }[];
}

export interface GithubCreateIssueInput {
  owner: string;
  repo: string;
  title: string;
  body?: string;
  /**
   * @maxItems 100
   */
  labels?: string[];
  /**
   * @maxItems 10
   */
  assignees?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
}

export interface GithubCreateIssueOutput {
  number: number;
  title: string;
  state: string;
  html_url: string;
}

export interface GithubListIssuesInput {
  owner: string;
  repo: string;
  state?: 'open' | 'closed' | 'all';
  perPage?: number;
  page?: number;
}

export interface GithubListIssuesOutput {
  issues: {
    number: number;
    title: string;
    state: string;
    html_url: string;
  }[];
}

export interface GithubCreateCommentInput {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
}

export interface GithubCreateCommentOutput {
  id: number;
  html_url: string;
}

export interface GithubIssuesTriggerConfig {
  owner: string;
  repo: string;
  /**
   * Only these actions; all when left out.
   *
   * @minItems 1
   */
  actions?: [
    (
      | 'opened'
      | 'edited'
      | 'closed'
      | 'reopened'
      | 'assigned'
      | 'unassigned'
      | 'labeled'
      | 'unlabeled'
      | 'deleted'
      | 'transferred'
    ),
    ...(
      | 'opened'
      | 'edited'
      | 'closed'
      | 'reopened'
      | 'assigned'
      | 'unassigned'
      | 'labeled'
      | 'unlabeled'
      | 'deleted'
      | 'transferred'
    )[],
  ];
}

export interface GithubIssuesTriggerPayload {
  action: string;
  repository: string;
  sender: string;
  issue: {
    number: number;
    title: string;
    state: string;
    htmlUrl: string;
    body: string | null;
    user: string;
    labels: string[];
  };
}

export interface GithubPullRequestTriggerConfig {
  owner: string;
  repo: string;
  /**
   * Only these actions; all when left out.
   *
   * @minItems 1
   */
  actions?: [
    (
      | 'opened'
      | 'edited'
      | 'closed'
      | 'reopened'
      | 'synchronize'
      | 'ready_for_review'
      | 'converted_to_draft'
      | 'review_requested'
      | 'labeled'
      | 'unlabeled'
    ),
    ...(
      | 'opened'
      | 'edited'
      | 'closed'
      | 'reopened'
      | 'synchronize'
      | 'ready_for_review'
      | 'converted_to_draft'
      | 'review_requested'
      | 'labeled'
      | 'unlabeled'
    )[],
  ];
}

export interface GithubPullRequestTriggerPayload {
  action: string;
  repository: string;
  sender: string;
  pullRequest: {
    number: number;
    title: string;
    state: string;
    htmlUrl: string;
    draft: boolean;
    merged: boolean;
    user: string;
    /**
     * The branch with the changes.
     */
    head: string;
    /**
     * The branch they go into.
     */
    base: string;
  };
}

export interface GithubPushTriggerConfig {
  owner: string;
  repo: string;
  /**
   * Only pushes to this branch (main).
   */
  branch?: string;
}

export interface GithubPushTriggerPayload {
  repository: string;
  /**
   * refs/heads/main, refs/tags/v1.0…
   */
  ref: string;
  before: string;
  after: string;
  created: boolean;
  deleted: boolean;
  forced: boolean;
  compareUrl: string | null;
  pusher: string;
  commits: {
    id: string;
    message: string;
    url: string;
    timestamp: string;
    author: string;
  }[];
}

export interface LinearCreateIssueInput {
  teamId: string;
  title: string;
  /**
   * Markdown.
   */
  description?: string;
  /**
   * 0 none, 1 urgent … 4 low.
   */
  priority?: number;
}

export interface LinearCreateIssueOutput {
  id: string;
  identifier: string;
  title: string;
  url: string;
}

export interface LinearListTeamsInput {
  first?: number;
}

export interface LinearListTeamsOutput {
  teams: {
    id: string;
    key: string;
    name: string;
  }[];
}

export interface LinearListIssuesInput {
  first?: number;
}

export interface LinearListIssuesOutput {
  issues: {
    id: string;
    identifier: string;
    title: string;
    url: string;
  }[];
}

export interface LinearIssueTriggerConfig {
  /**
   * Only issues of this team (its id).
   */
  teamId?: string;
  /**
   * Only these actions; all when left out.
   *
   * @minItems 1
   */
  actions?: ['create' | 'update' | 'remove', ...('create' | 'update' | 'remove')[]];
}

export interface LinearIssueTriggerPayload {
  action: 'create' | 'update' | 'remove';
  issue: {
    id: string;
    /**
     * ENG-123.
     */
    identifier: string | null;
    title: string;
    url: string | null;
    state: string | null;
    /**
     * 0 none, 1 urgent … 4 low.
     */
    priority: number | null;
    teamId: string | null;
    assigneeId: string | null;
  };
  /**
   * On update: the previous values of the fields that changed.
   */
  updatedFrom: {
    [k: string]: unknown | undefined;
  } | null;
  actor: string | null;
  createdAt: string;
}

export interface HubspotCreateContactInput {
  email: string;
  firstname?: string;
  lastname?: string;
  company?: string;
  phone?: string;
}

export interface HubspotCreateContactOutput {
  id: string;
  properties: {
    [k: string]: string | null | undefined;
  };
  createdAt: string;
  updatedAt: string;
}

export interface HubspotSearchContactsInput {
  query: string;
  limit?: number;
  after?: string;
}

export interface HubspotSearchContactsOutput {
  total: number;
  results: {
    id: string;
    properties: {
      [k: string]: string | null | undefined;
    };
    createdAt: string;
    updatedAt: string;
  }[];
  nextAfter: string | null;
}

export type HubspotGetContactInput =
  | {
      id: string;
    }
  | {
      email: string;
    };

export interface HubspotGetContactOutput {
  id: string;
  properties: {
    [k: string]: string | null | undefined;
  };
  createdAt: string;
  updatedAt: string;
}

export interface HubspotContactCreatedTriggerConfig {}

export interface HubspotContactCreatedTriggerPayload {
  id: string;
  properties: {
    [k: string]: string | null | undefined;
  };
  createdAt: string;
  updatedAt: string;
}

export interface HubspotContactUpdatedTriggerConfig {}

export interface HubspotContactUpdatedTriggerPayload {
  id: string;
  properties: {
    [k: string]: string | null | undefined;
  };
  createdAt: string;
  updatedAt: string;
}

export interface AirtableListRecordsInput {
  baseId: string;
  table: string;
  maxRecords?: number;
  filterByFormula?: string;
  offset?: string;
}

export interface AirtableListRecordsOutput {
  records: {
    id: string;
    createdTime: string;
    fields: {
      [k: string]: unknown | undefined;
    };
  }[];
  offset?: string;
}

export interface AirtableCreateRecordsInput {
  baseId: string;
  table: string;
  /**
   * Each record's fields.
   *
   * @minItems 1
   * @maxItems 10
   */
  records:
    | [
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
        {
          [k: string]: unknown | undefined;
        },
      ];
  typecast?: boolean;
}

export interface AirtableCreateRecordsOutput {
  records: {
    id: string;
    createdTime: string;
    fields: {
      [k: string]: unknown | undefined;
    };
  }[];
}

export interface AirtableNewRecordTriggerConfig {
  baseId: string;
  /**
   * The table’s name or id (tbl…).
   */
  table: string;
}

export interface AirtableNewRecordTriggerPayload {
  id: string;
  createdTime: string;
  fields: {
    [k: string]: unknown | undefined;
  };
}

export interface StripeListCustomersInput {
  email?: string;
  limit?: number;
  startingAfter?: string;
}

export interface StripeListCustomersOutput {
  data: {
    id: string;
    email: string | null;
    name?: string | null;
    created: number;
  }[];
  has_more: boolean;
}

export interface StripeCreateCustomerInput {
  email: string;
  name?: string;
  description?: string;
  metadata?: {
    [k: string]: string | undefined;
  };
}

export interface StripeCreateCustomerOutput {
  id: string;
  email: string | null;
  name?: string | null;
  created: number;
}

export interface StripeCustomerCreatedTriggerConfig {}

export interface StripeCustomerCreatedTriggerPayload {
  /**
   * Stripe’s event id (evt_…).
   */
  eventId: string;
  /**
   * Unix seconds.
   */
  created: number;
  livemode: boolean;
  customer: {
    id: string;
    email: string | null;
    name: string | null;
    metadata: {
      [k: string]: string | undefined;
    };
  };
}

export interface StripeInvoicePaidTriggerConfig {
  /**
   * Only invoices of at least this amount, in the smallest currency unit.
   */
  minimumAmount?: number;
}

export interface StripeInvoicePaidTriggerPayload {
  /**
   * Stripe’s event id (evt_…).
   */
  eventId: string;
  /**
   * Unix seconds.
   */
  created: number;
  livemode: boolean;
  invoice: {
    id: string;
    customer: string | null;
    customerEmail: string | null;
    /**
     * In the smallest currency unit (cents).
     */
    amountPaid: number;
    currency: string;
    number: string | null;
    hostedInvoiceUrl: string | null;
    subscription: string | null;
  };
}

export interface GoogleCalendarCreateEventInput {
  calendarId?: string;
  summary: string;
  description?: string;
  start: {
    dateTime: string;
    timeZone?: string;
  };
  end: {
    dateTime: string;
    timeZone?: string;
  };
  /**
   * @maxItems 100
   */
  attendees?: string[];
  sendUpdates?: 'all' | 'externalOnly' | 'none';
}

export interface GoogleCalendarCreateEventOutput {
  id: string;
  status: string;
  htmlLink: string;
  summary?: string;
  start: {
    [k: string]: string | undefined;
  };
  end: {
    [k: string]: string | undefined;
  };
}

export interface GoogleCalendarListEventsInput {
  calendarId?: string;
  timeMin: string;
  timeMax?: string;
  maxResults?: number;
  pageToken?: string;
}

export interface GoogleCalendarListEventsOutput {
  events: {
    id: string;
    status: string;
    htmlLink: string;
    summary?: string;
    start: {
      [k: string]: string | undefined;
    };
    end: {
      [k: string]: string | undefined;
    };
  }[];
  nextPageToken: string | null;
}

export interface GoogleCalendarDeleteEventInput {
  calendarId?: string;
  eventId: string;
  sendUpdates?: 'all' | 'externalOnly' | 'none';
}

export interface GoogleCalendarDeleteEventOutput {
  deleted: true;
}

export interface GoogleCalendarEventChangedTriggerConfig {
  calendarId?: string;
}

export interface GoogleCalendarEventChangedTriggerPayload {
  id: string;
  /**
   * confirmed, tentative or cancelled.
   */
  status: string;
  summary: string | null;
  htmlLink: string | null;
  start: {
    date?: string;
    dateTime?: string;
    timeZone?: string;
  } | null;
  end: {
    date?: string;
    dateTime?: string;
    timeZone?: string;
  } | null;
  updated: string;
  organizer: string | null;
  recurringEventId: string | null;
}

export interface AsanaCreateTaskInput {
  workspace: string;
  name: string;
  notes?: string;
  /**
   * @maxItems 20
   */
  projects?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
  /**
   * A user gid, an email, or "me".
   */
  assignee?: string;
  dueOn?: string;
}

export interface AsanaCreateTaskOutput {
  gid: string;
  name: string;
  permalink_url?: string;
  completed?: boolean;
}

export interface AsanaListProjectsInput {
  workspace: string;
  limit?: number;
  archived?: boolean;
}

export interface AsanaListProjectsOutput {
  projects: {
    gid: string;
    name: string;
  }[];
}

export interface AsanaListTasksInput {
  project: string;
  limit?: number;
}

export interface AsanaListTasksOutput {
  tasks: {
    gid: string;
    name: string;
    permalink_url?: string;
    completed?: boolean;
  }[];
}

/** Every integration's actions, with the input they take and the data they answer. */
export interface ActionCatalog {
  slack: {
    send_message: { input: SlackSendMessageInput; output: SlackSendMessageOutput };
    list_channels: { input: SlackListChannelsInput; output: SlackListChannelsOutput };
    find_user_by_email: { input: SlackFindUserByEmailInput; output: SlackFindUserByEmailOutput };
    add_reaction: { input: SlackAddReactionInput; output: SlackAddReactionOutput };
  };
  notion: {
    search: { input: NotionSearchInput; output: NotionSearchOutput };
    create_page: { input: NotionCreatePageInput; output: NotionCreatePageOutput };
    query_database: { input: NotionQueryDatabaseInput; output: NotionQueryDatabaseOutput };
  };
  'google-sheets': {
    read_range: { input: GoogleSheetsReadRangeInput; output: GoogleSheetsReadRangeOutput };
    append_rows: { input: GoogleSheetsAppendRowsInput; output: GoogleSheetsAppendRowsOutput };
    create_spreadsheet: {
      input: GoogleSheetsCreateSpreadsheetInput;
      output: GoogleSheetsCreateSpreadsheetOutput;
    };
  };
  github: {
    list_repositories: { input: GithubListRepositoriesInput; output: GithubListRepositoriesOutput };
    create_issue: { input: GithubCreateIssueInput; output: GithubCreateIssueOutput };
    list_issues: { input: GithubListIssuesInput; output: GithubListIssuesOutput };
    create_comment: { input: GithubCreateCommentInput; output: GithubCreateCommentOutput };
  };
  linear: {
    create_issue: { input: LinearCreateIssueInput; output: LinearCreateIssueOutput };
    list_teams: { input: LinearListTeamsInput; output: LinearListTeamsOutput };
    list_issues: { input: LinearListIssuesInput; output: LinearListIssuesOutput };
  };
  hubspot: {
    create_contact: { input: HubspotCreateContactInput; output: HubspotCreateContactOutput };
    search_contacts: { input: HubspotSearchContactsInput; output: HubspotSearchContactsOutput };
    get_contact: { input: HubspotGetContactInput; output: HubspotGetContactOutput };
  };
  airtable: {
    list_records: { input: AirtableListRecordsInput; output: AirtableListRecordsOutput };
    create_records: { input: AirtableCreateRecordsInput; output: AirtableCreateRecordsOutput };
  };
  stripe: {
    list_customers: { input: StripeListCustomersInput; output: StripeListCustomersOutput };
    create_customer: { input: StripeCreateCustomerInput; output: StripeCreateCustomerOutput };
  };
  'google-calendar': {
    create_event: {
      input: GoogleCalendarCreateEventInput;
      output: GoogleCalendarCreateEventOutput;
    };
    list_events: { input: GoogleCalendarListEventsInput; output: GoogleCalendarListEventsOutput };
    delete_event: {
      input: GoogleCalendarDeleteEventInput;
      output: GoogleCalendarDeleteEventOutput;
    };
  };
  asana: {
    create_task: { input: AsanaCreateTaskInput; output: AsanaCreateTaskOutput };
    list_projects: { input: AsanaListProjectsInput; output: AsanaListProjectsOutput };
    list_tasks: { input: AsanaListTasksInput; output: AsanaListTasksOutput };
  };
}

/** Every integration's triggers, with the config a subscription takes and the payload each event carries. */
export interface TriggerCatalog {
  slack: {
    message: { config: SlackMessageTriggerConfig; payload: SlackMessageTriggerPayload };
    app_mention: { config: SlackAppMentionTriggerConfig; payload: SlackAppMentionTriggerPayload };
    reaction_added: {
      config: SlackReactionAddedTriggerConfig;
      payload: SlackReactionAddedTriggerPayload;
    };
  };
  notion: {
    page_created: {
      config: NotionPageCreatedTriggerConfig;
      payload: NotionPageCreatedTriggerPayload;
    };
    page_updated: {
      config: NotionPageUpdatedTriggerConfig;
      payload: NotionPageUpdatedTriggerPayload;
    };
  };
  'google-sheets': {
    new_row: { config: GoogleSheetsNewRowTriggerConfig; payload: GoogleSheetsNewRowTriggerPayload };
  };
  github: {
    issues: { config: GithubIssuesTriggerConfig; payload: GithubIssuesTriggerPayload };
    pull_request: {
      config: GithubPullRequestTriggerConfig;
      payload: GithubPullRequestTriggerPayload;
    };
    push: { config: GithubPushTriggerConfig; payload: GithubPushTriggerPayload };
  };
  linear: {
    issue: { config: LinearIssueTriggerConfig; payload: LinearIssueTriggerPayload };
  };
  hubspot: {
    contact_created: {
      config: HubspotContactCreatedTriggerConfig;
      payload: HubspotContactCreatedTriggerPayload;
    };
    contact_updated: {
      config: HubspotContactUpdatedTriggerConfig;
      payload: HubspotContactUpdatedTriggerPayload;
    };
  };
  airtable: {
    new_record: {
      config: AirtableNewRecordTriggerConfig;
      payload: AirtableNewRecordTriggerPayload;
    };
  };
  stripe: {
    customer_created: {
      config: StripeCustomerCreatedTriggerConfig;
      payload: StripeCustomerCreatedTriggerPayload;
    };
    invoice_paid: {
      config: StripeInvoicePaidTriggerConfig;
      payload: StripeInvoicePaidTriggerPayload;
    };
  };
  'google-calendar': {
    event_changed: {
      config: GoogleCalendarEventChangedTriggerConfig;
      payload: GoogleCalendarEventChangedTriggerPayload;
    };
  };
}
