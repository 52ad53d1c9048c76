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
