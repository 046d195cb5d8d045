/** People the network works with: speakers, contacts and the officers behind plans. */
package org.neascn.model.person;
