/**
 * Partner organisations that support a network: regional networks, think tanks,
 * development banks, enablers and the secretariat itself, each with the roles it plays.
 */
package org.neascn.model.partner;
