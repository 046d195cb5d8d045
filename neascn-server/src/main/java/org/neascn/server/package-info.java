/**
 * The reference server: a thin Jakarta EE application on Open Liberty that exposes the
 * NEASCN library over REST. It holds no business rules of its own.
 */
package org.neascn.server;
