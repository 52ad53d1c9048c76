// The hosted connect page (GET /connect?session=cs_… on the Patchbay server): the same core as
// the React widget, rendered with plain DOM so the page stays a few kilobytes. It uses redirect
// mode: the page the end user was sent to may as well be the one that goes to the provider, and
// it needs no popup permission nor an entry in the app's allowedOrigins.
import { ConnectApiError, createConnectApi, type ConnectIntegration } from '../core/api.js';
import { consumeRedirectResult, openConnection } from '../core/connectFlow.js';
import { defaultTexts as texts, formatText } from '../texts.js';

interface HostedConfig {
  baseUrl: string;
  /** `{PUBLIC_URL}/connect`: one fixed string, so it can be put on an app's redirectUris allowlist. */
  redirectUri: string;
}

const storageKey = 'patchbay:hosted-session';

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {}, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name.startsWith('aria-') || name === 'role' || name.startsWith('data-') || name === 'for') element.setAttribute(name, String(value));
    else Object.assign(element, { [name]: value });
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The token from the link, kept in this tab only and removed from the address bar and history. */
function takeSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromLink = url.searchParams.get('session');
  if (!fromLink) return window.sessionStorage.getItem(storageKey);
  window.sessionStorage.setItem(storageKey, fromLink);
  url.searchParams.delete('session');
  window.history.replaceState(null, '', url.toString());
  return fromLink;
}

function start(root: HTMLElement, config: HostedConfig) {
  const status = h('p', { role: 'status', className: 'pb-message' });
  const body = h('div');
  root.replaceChildren(status, body);
  const token = takeSessionToken();
  if (!token) {
    body.replaceChildren(h('p', { role: 'alert', className: 'pb-error' }, 'This link has no connect session. Ask for a new link.'));
    return;
  }
  const api = createConnectApi({ baseUrl: config.baseUrl, sessionToken: () => token });
  const returned = consumeRedirectResult();
  let integrations: ConnectIntegration[] = [];
  const nameOf = (slug: string) => integrations.find((i) => i.slug === slug)?.name ?? slug;
  const say = (text: string) => (status.textContent = text);

  const fail = (error: unknown) => {
    if (error instanceof ConnectApiError && error.status === 401) {
      body.replaceChildren(h('p', { role: 'alert', className: 'pb-error' }, 'This link has expired. Ask for a new link.'));
    } else {
      say(error instanceof Error ? error.message : String(error));
    }
  };

  const credentialsForm = (integration: ConnectIntegration) => {
    const error = h('p', { role: 'alert', className: 'pb-error', id: `pb-${integration.slug}-error` });
    const inputs = (integration.credentialFields ?? []).map((field) =>
      h('input', {
        id: `pb-${integration.slug}-${field.name}`,
        name: field.name,
        type: field.secret ? 'password' : 'text',
        required: true,
        autocomplete: 'off',
        placeholder: field.placeholder ?? '',
        className: 'pb-input',
      }),
    );
    const submit = h('button', { type: 'submit', className: 'pb-button' }, texts.credentialsSubmit);
    const form = h(
      'form',
      { className: 'pb-form', 'aria-label': formatText(texts.credentialsTitle, integration.name) },
      integration.instructions ? h('p', { className: 'pb-description' }, integration.instructions) : null,
      ...(integration.credentialFields ?? []).map((field, index) =>
        h('div', { className: 'pb-field' }, h('label', { className: 'pb-label', for: `pb-${integration.slug}-${field.name}` }, field.label), inputs[index]),
      ),
      error,
      h('div', { className: 'pb-actions' }, submit),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit.disabled = true;
      const credentials = Object.fromEntries(inputs.map((input) => [input.name, input.value]));
      api.submitCredentials(integration.slug, credentials as never).then(
        () => {
          say(formatText(texts.connected, integration.name));
          void load();
        },
        (thrown: unknown) => {
          submit.disabled = false;
          if (thrown instanceof ConnectApiError && thrown.status === 401) return fail(thrown);
          error.textContent = thrown instanceof Error ? thrown.message : String(thrown);
          for (const input of inputs) {
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', error.id);
          }
          inputs[0]?.focus();
        },
      );
    });
    return form;
  };

  const render = () => {
    const list = h('ul', { className: 'pb-list' });
    for (const integration of integrations) {
      const connectionStatus = integration.connection?.status;
      const nameId = `pb-${integration.slug}-name`;
      const actions = h('div', { className: 'pb-actions' });
      const item = h(
        'li',
        { className: 'pb-item', 'aria-labelledby': nameId, 'data-status': connectionStatus ?? 'not_connected' },
        h('img', { className: 'pb-icon', src: integration.icon, alt: '', width: 40, height: 40 }),
        h(
          'div',
          {},
          h('h2', { className: 'pb-name', id: nameId }, integration.name),
          h('p', { className: 'pb-description' }, integration.description),
          h(
            'p',
            { className: 'pb-status', 'data-status': connectionStatus ?? 'not_connected' },
            connectionStatus === 'active' ? texts.statusConnected : connectionStatus === 'needs_reauth' ? texts.statusNeedsReauth : texts.statusNotConnected,
          ),
        ),
        actions,
      );
      if (connectionStatus !== 'active') {
        const reconnect = connectionStatus === 'needs_reauth';
        const button = h(
          'button',
          { type: 'button', className: 'pb-button', 'aria-label': formatText(reconnect ? texts.reconnectLabel : texts.connectLabel, integration.name) },
          reconnect ? texts.reconnect : texts.connect,
        );
        button.addEventListener('click', () => {
          if (integration.authType !== 'oauth2') {
            const form = credentialsForm(integration);
            item.after(h('li', { className: 'pb-item' }, form));
            button.disabled = true;
            form.querySelector('input')?.focus();
            return;
          }
          button.disabled = true;
          void openConnection(api, integration.slug, { baseUrl: config.baseUrl, mode: 'redirect', redirectUri: config.redirectUri }).then((outcome) => {
            if (outcome.status === 'exit') {
              button.disabled = false;
              if (outcome.reason === 'session_expired') fail(new ConnectApiError(401, 'unauthorized', ''));
              else say([formatText(texts.notConnected, integration.name), outcome.error?.message].filter(Boolean).join(' '));
            }
          });
        });
        actions.append(button);
      }
      if (integration.connection) {
        const connectionId = integration.connection.id;
        const button = h('button', { type: 'button', className: 'pb-button pb-button-secondary', 'aria-label': formatText(texts.disconnectLabel, integration.name) }, texts.disconnect);
        button.addEventListener('click', () => {
          button.disabled = true;
          api.disconnect(connectionId).then(() => {
            say(formatText(texts.disconnected, integration.name));
            return load();
          }, fail);
        });
        actions.append(button);
      }
      list.append(item);
    }
    body.replaceChildren(integrations.length ? list : h('p', { className: 'pb-description' }, texts.empty));
  };

  const load = () =>
    api.listIntegrations().then((list) => {
      integrations = list;
      render();
    }, fail);

  body.replaceChildren(h('p', { className: 'pb-description' }, texts.loading));
  void load().then(() => {
    if (returned?.status === 'success') say(formatText(texts.connected, nameOf(returned.integration)));
    if (returned?.status === 'exit') say([formatText(texts.notConnected, nameOf(returned.integration)), returned.error?.message].filter(Boolean).join(' '));
  });
}

const root = document.getElementById('patchbay-connect');
const configElement = document.getElementById('patchbay-connect-config');
if (root && configElement?.textContent) start(root, JSON.parse(configElement.textContent) as HostedConfig);
