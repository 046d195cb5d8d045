/** Lists of the registers exported as CSV, with the same filters as the JSON lists. */
package org.neascn.server.export;
