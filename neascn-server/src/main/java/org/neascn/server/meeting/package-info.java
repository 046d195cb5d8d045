/** The meetings register over REST. */
package org.neascn.server.meeting;
