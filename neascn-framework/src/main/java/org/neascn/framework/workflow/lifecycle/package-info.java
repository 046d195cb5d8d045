/**
 * Where each lifecycle's states sit in a record, its first state and the commands that move
 * it: the door every plain create and replace of a record passes, so that a status changes
 * only through its workflow.
 */
package org.neascn.framework.workflow.lifecycle;
