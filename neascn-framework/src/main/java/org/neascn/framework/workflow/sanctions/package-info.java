/** Recording sanctions exemptions: the secretariat's command, with its trace on the audit trail. */
package org.neascn.framework.workflow.sanctions;
