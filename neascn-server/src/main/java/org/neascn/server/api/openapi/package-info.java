/**
 * The OpenAPI document as clients and tools need it, completed in one place rather than in every
 * resource's signature: value types as the plain strings they travel as, security schemes, and
 * what every operation of a register shares.
 */
package org.neascn.server.api.openapi;
