/** The initiatives register over REST. */
package org.neascn.server.initiative;
