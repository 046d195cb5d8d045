/** The networks the server hosts. */
package org.neascn.server.network;
