// A real OpenID provider for the sign-in tests: the certified `oidc-provider` package, on
// loopback, with the network's test users. Not a mock: the web application signs in through
// its login page with the authorization code flow and PKCE, and the server verifies the access
// tokens it issues (JWTs, RS256, this process's own key) against its JWKS, issuer and audience.
//
//   node e2e/oidc/provider.mjs   (environment: OIDC_PORT, OIDC_AUDIENCE, OIDC_CLIENT_ID, OIDC_APP_ORIGIN)
//
// It prints "oidc-provider ready <issuer>" once it listens, and stops on SIGTERM. Everything is
// in memory: every start is a fresh provider with fresh keys.
import { createServer } from 'node:http';
import { generateKeyPair, exportJWK } from 'jose';
import Provider from 'oidc-provider';
import { USERS, checkPassword } from './users.mjs';
import { loginPage, signOutPage, escapeHtml } from './pages.mjs';

const port = Number(process.env.OIDC_PORT ?? 19382);
const host = '127.0.0.1';
const issuer = `http://${host}:${port}`;
const audience = process.env.OIDC_AUDIENCE ?? 'neascn-api';
const clientId = process.env.OIDC_CLIENT_ID ?? 'neascn-web';
const appOrigins = (process.env.OIDC_APP_ORIGIN ?? 'http://127.0.0.1:19381').split(',').map((o) => o.replace(/\/$/, ''));
const scope = 'openid profile';
// RFC 8707 names a resource server by an absolute URI; its tokens carry `audience` as their aud.
const resource = 'urn:neascn:api';

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: 'neascn-test-1', use: 'sig', alg: 'RS256' };

/** What the access token says of the user: the claims the server maps to its roles. */
function roleClaims(accountId) {
  const user = USERS[accountId];
  if (!user) return {};
  const claims = { groups: user.groups, preferred_username: user.username, neascn_network: 'neascn' };
  if (user.member) claims.neascn_member = user.member;
  if (user.partner) claims.neascn_partner = user.partner;
  return claims;
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_name: 'NEASCN web application (test)',
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: appOrigins.map((o) => `${o}/signed-in`),
      post_logout_redirect_uris: appOrigins.map((o) => `${o}/`),
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [`neascn-test-${Date.now()}-${Math.random()}`] },
  findAccount: async (_ctx, id) => {
    const user = USERS[id];
    if (!user) return undefined;
    return {
      accountId: id,
      claims: async () => ({ sub: id, name: user.name, preferred_username: user.username, ...roleClaims(id) }),
    };
  },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups', 'neascn_member', 'neascn_partner', 'neascn_network'] },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = signOutPage(form);
      },
      postLogoutSuccessSource: async (ctx) => {
        ctx.body = signOutPage('<p>You are signed out.</p>');
      },
    },
    // Access tokens are JWTs for one resource server, the NEASCN API: its audience is what the
    // server's mp.jwt.verify.audiences names. A client that names no resource gets this one.
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => resource,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (_ctx, indicator) => {
        if (indicator !== resource) throw new Error(`unknown resource ${indicator}`);
        return { scope, audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  extraTokenClaims: async (_ctx, token) => roleClaims(token.accountId),
  ttl: {
    // brief-editor's tokens lapse in seconds, so that a test sees the web application handle expiry.
    AccessToken: (_ctx, token) => (USERS[token.accountId]?.briefTokens ? 8 : 600),
    AuthorizationCode: 60,
    IdToken: 600,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
    RefreshToken: 3600,
  },
  issueRefreshToken: async (_ctx, client, code) =>
    client.grantTypeAllowed('refresh_token') && !USERS[code.accountId]?.briefTokens,
  // A first-party client: grant what it asks for without a consent page, as a network's own
  // provider (Keycloak with consent off) would.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(scope);
    grant.addOIDCClaims(['name', 'preferred_username', 'groups', 'neascn_member', 'neascn_partner', 'neascn_network']);
    grant.addResourceScope(resource, scope);
    await grant.save();
    return grant;
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = signOutPage(`<h1>Sign-in error</h1><p>${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? '')}</p>`);
  },
});
// Loopback over plain HTTP is what the tests use; the provider insists on nothing else here.
provider.proxy = false;

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The login page of an interaction: username and password, checked against the test users. */
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') {
    // Consent is granted by loadExistingGrant; any other prompt finishes as it stands.
    return provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
  }
  if (req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    return res.end(loginPage(details.uid, ''));
  }
  const form = await readForm(req);
  const accountId = checkPassword(form.get('username') ?? '', form.get('password') ?? '');
  if (!accountId) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    return res.end(loginPage(details.uid, 'The username or password is wrong.'));
  }
  return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
const server = createServer((req, res) => {
  if (req.url?.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`sign-in failed: ${error.message}`);
    });
    return;
  }
  callback(req, res);
});
server.listen(port, host, () => console.log(`oidc-provider ready ${issuer}`));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
