/** The network's financier register (issue 15). */
package org.neascn.server.financing;
