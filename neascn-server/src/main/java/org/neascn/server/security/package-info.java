/** Who is calling: roles, the caller's binding to a member or partner, and how a request proves it (MicroProfile JWT, or local identities while no identity provider is configured). */
package org.neascn.server.security;
