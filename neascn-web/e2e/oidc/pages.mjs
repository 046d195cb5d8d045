// The provider's own pages (login, sign-out), plain and accessible: labelled fields, a
// language, a title, a main landmark.
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 28rem; margin: 3rem auto"><main>${body}</main></body></html>`;
}

export function loginPage(uid, error) {
  return page('Sign in to the test identity provider', `
<h1>Test identity provider</h1>
<p>Sign in with a test user of the NEASCN sign-in tests.</p>
${error ? `<p role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}">
  <p><label for="username">Username</label><br><input id="username" name="username" autocomplete="username" required></p>
  <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <p><button type="submit">Sign in</button></p>
</form>`);
}

/** The end-session page: the provider's confirmation form, sent at once (the app asked for it). */
export function signOutPage(form) {
  const submit = form.includes('<form') ? '<script>document.forms[0].requestSubmit ? document.forms[0].requestSubmit() : document.forms[0].submit()</script>' : '';
  const withValue = form.replace('</form>', '<input type="hidden" name="logout" value="yes"><button type="submit">Sign out</button></form>');
  return page('Sign out', `<h1>Sign out</h1>${withValue}${submit}`);
}
