/**
 * The web application's files (the {@code neascn-web} jar, under {@code META-INF/resources})
 * served at {@code /} beside the REST API, with deep links answered by the application's page.
 */
package org.neascn.server.web;
