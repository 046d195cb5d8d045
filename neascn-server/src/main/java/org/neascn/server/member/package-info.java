/** The members register over REST. */
package org.neascn.server.member;
