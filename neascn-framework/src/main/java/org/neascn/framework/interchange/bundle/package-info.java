/**
 * The whole-network bundle: one versioned JSON document holding everything a network has
 * (members, partners, persons, plans, projects, initiatives, meetings, framework versions and
 * their consultation rounds), so that a network can move between deployments or seed a new
 * one. Importing is planned, not performed: the plan says what would be added and what
 * replaced, and a store applies it in one transaction.
 */
package org.neascn.framework.interchange.bundle;
