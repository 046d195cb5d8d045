/**
 * The lifecycle of a smart city action plan: a member's editors draft and submit it, the
 * secretariat returns it for revision with comments or publishes it once it passes the
 * publication checks, and publishing the next version supersedes the last. Published plans
 * are read-only and public.
 */
package org.neascn.framework.workflow.scap;
