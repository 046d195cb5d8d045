/**
 * Members of a network: cities and other local governments. A member keeps one current
 * smart city action plan at a time.
 */
package org.neascn.model.member;
