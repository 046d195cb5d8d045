/**
 * Sanctions and compliance screening of projects and cooperation initiatives. A project or
 * initiative that involves a member in a country under a sanctions regime (the UN Security
 * Council regime on the DPRK by default) is flagged and kept out of automatic financier
 * matching; it proceeds only with a recorded exemption that is valid on the day of screening.
 * Every result says which regime, which country and which involvement triggered it.
 */
package org.neascn.framework.sanctions;
