/**
 * What a browser does with our OAuth flow, without a browser: follow redirects, and submit the
 * emulator's consent form. Real Chromium covers the widget's flow; here we need only HTTP.
 */
export interface BrowserStep {
  url: string;
  status: number;
  body: string;
}

export async function follow(url: string, init: RequestInit = {}, stopAt?: (url: URL) => boolean): Promise<BrowserStep> {
  let current = url;
  let options: RequestInit = init;
  for (let hops = 0; hops < 10; hops += 1) {
    if (stopAt?.(new URL(current))) return { url: current, status: 0, body: '' };
    const response = await fetch(current, { ...options, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).toString();
      options = {};
      continue;
    }
    return { url: current, status: response.status, body: await response.text() };
  }
  throw new Error('Too many redirects');
}

const decode = (value: string) =>
  value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Submits the page's form with the button whose value is `decision`. */
export async function submitConsent(page: BrowserStep, decision: 'approve' | 'deny', stopAt: (url: URL) => boolean): Promise<BrowserStep> {
  const action = /<form[^>]*action="([^"]+)"/i.exec(page.body)?.[1];
  if (!action) throw new Error(`No form on ${page.url}: ${page.body.slice(0, 200)}`);
  const fields = new URLSearchParams();
  for (const [, name, value] of page.body.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)) {
    fields.set(decode(name!), decode(value!));
  }
  fields.set('decision', decision);
  return follow(new URL(decode(action), page.url).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
  }, stopAt);
}
