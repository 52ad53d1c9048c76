/** Who is asking for tools: one end user of one app, through an API key or a tool token. */
export interface ToolCaller {
  appId: string;
  /** The customer's own id for the end user. */
  endUserId: string;
  /** A tool token's allowlist; it narrows what the app exposes. Empty = no narrowing. */
  tokenAllowlist: readonly string[];
  /** The rate-limit key of the credential used (`key:…` or `token:…`). */
  limitKey: string;
}
