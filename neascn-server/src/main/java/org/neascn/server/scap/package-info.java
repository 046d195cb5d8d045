/** The plans (smart city action plans) register over REST. */
package org.neascn.server.scap;
