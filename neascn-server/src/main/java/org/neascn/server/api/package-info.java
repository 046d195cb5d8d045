/** The REST boundary: the shared register resource, request reading within the size limit, views with display names and versions (the OpenAPI completion is in {@code openapi}). */
package org.neascn.server.api;
