/**
 * A regional smart-city network: its name, its secretariat, the countries it spans and the
 * taxonomy its members file their action plans under. NEASCN is one; the ASEAN Smart Cities
 * Network runs the same process, so nothing here assumes one network or six countries.
 */
package org.neascn.model.network;
