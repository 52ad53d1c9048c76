/** The emulator's HTML: the consent page and the authorization error page. Pure functions, no I/O. */

export function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

export interface ConsentPage {
  appName: string;
  /** What is being accessed, e.g. "the Emulator Slack workspace". */
  resource: string;
  scopes: string[];
  /** Where the form posts the decision. */
  action: string;
  /** The authorization request, carried through the form unchanged. */
  hidden: Record<string, string>;
}

export function renderConsentPage(consent: ConsentPage): string {
  // `type` before `name` before `value`: test helpers read hidden inputs with a simple pattern.
  const hidden = Object.entries(consent.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const scopes = consent.scopes.length
    ? `<p>It asks to:</p>\n<ul>${consent.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('')}</ul>`
    : '<p>It asks for no particular permissions.</p>';
  return layout(
    `Authorize ${consent.appName}`,
    `<h1><strong>${escapeHtml(consent.appName)}</strong> wants to access ${escapeHtml(consent.resource)}</h1>
${scopes}
<form method="post" action="${escapeHtml(consent.action)}">
${hidden}
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>
<p class="note">This is Patchbay's provider emulator: no real account is involved.</p>`,
  );
}

export function renderErrorPage(message: string): string {
  return layout('Authorization error', `<h1>Authorization error</h1>\n<p>${escapeHtml(message)}</p>`);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;color:#1d1c1d}
h1{font-size:1.4rem;font-weight:normal}button{font:inherit;padding:.6rem 1.4rem;margin-right:.5rem;border-radius:6px;border:1px solid #888;cursor:pointer}
button[value=approve]{background:#007a5a;color:#fff;border-color:#007a5a}.note{color:#666;font-size:.85rem}</style>
</head><body>
${body}
</body></html>`;
}
