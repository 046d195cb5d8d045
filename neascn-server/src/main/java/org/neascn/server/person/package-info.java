/** The persons register over REST. */
package org.neascn.server.person;
