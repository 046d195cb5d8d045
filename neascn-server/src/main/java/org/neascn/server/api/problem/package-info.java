/** Errors as RFC 9457 problem details: one mapper turns every failure into application/problem+json with a stable type. */
package org.neascn.server.api.problem;
