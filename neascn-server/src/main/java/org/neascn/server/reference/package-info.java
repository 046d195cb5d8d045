/** The shared reference data over REST. */
package org.neascn.server.reference;
