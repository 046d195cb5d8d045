/** The registers of a network (members, partners, persons, plans, projects, initiatives, meetings, framework versions): what each indexes, the application service that runs every call in a transaction, and the access policy that decides every read and write. */
package org.neascn.server.register;
