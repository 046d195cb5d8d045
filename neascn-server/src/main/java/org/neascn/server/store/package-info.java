/** Tables of the registers as Jakarta Persistence rows: the record's JSON document beside the columns lists filter on. */
package org.neascn.server.store;
