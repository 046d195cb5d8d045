/**
 * Benchmark programs. Each prints its figures; the README's performance section quotes them
 * with the command that produced them. Timings are never asserted in tests.
 */
package org.neascn.bench;
