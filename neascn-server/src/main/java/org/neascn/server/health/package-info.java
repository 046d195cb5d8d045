/** Liveness and readiness checks. */
package org.neascn.server.health;
