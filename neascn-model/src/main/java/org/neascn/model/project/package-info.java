/**
 * Priority projects and the pipeline that carries them to finance: the stage ladder for city
 * projects seeking finance (after CDP), costs and funding in their currencies, financing
 * status, the organisations involved in IATI roles, and the evidence a financier reads.
 */
package org.neascn.model.project;
