/** The projects register over REST. */
package org.neascn.server.project;
