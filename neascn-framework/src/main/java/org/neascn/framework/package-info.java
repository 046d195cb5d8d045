/**
 * The analyses and domain services of a smart-city network, on the model of
 * {@code neascn-model}: overlap analysis, project readiness, financier matching, sanctions
 * screening, workflows and interchange. Runs in any JVM, without a container.
 */
package org.neascn.framework;
