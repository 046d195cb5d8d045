/** The partners register over REST. */
package org.neascn.server.partner;
