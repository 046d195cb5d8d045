/** The REST boundary: the shared register resource, request reading within the size limit, views with display names and versions, and the OpenAPI completion. */
package org.neascn.server.api;
