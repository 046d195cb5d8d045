/**
 * How the web application signs people in: the provider, client and scopes it uses (from the
 * environment, served unauthenticated because the browser needs them before anyone has signed
 * in), and the caller as the server sees the token it was given.
 */
package org.neascn.server.signin;
