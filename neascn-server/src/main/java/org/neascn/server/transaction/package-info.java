/**
 * How a client's error leaves a transaction: rolled back as before, but without the FFDC
 * incident file Liberty writes for every runtime exception that ends a transactional call.
 */
package org.neascn.server.transaction;
