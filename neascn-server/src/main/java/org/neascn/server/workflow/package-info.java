/**
 * The network's everyday work through the API: the library's workflow rules
 * (org.neascn.framework.workflow) applied to stored records, one transaction per operation,
 * with the audit entries each operation returns and every saved revision stored beside the
 * change. The rules are the library's; this package only loads, calls and stores.
 */
package org.neascn.server.workflow;
