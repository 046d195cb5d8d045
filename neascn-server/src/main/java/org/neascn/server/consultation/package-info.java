/** The framework versions register over REST. */
package org.neascn.server.consultation;
