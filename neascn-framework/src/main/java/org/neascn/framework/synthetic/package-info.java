/**
 * Synthetic but realistic networks of action plans, for tests, benchmarks and load tests:
 * cities of the six Northeast Asian countries, plans and projects written in the cities'
 * languages (Korean, Chinese, Japanese, Russian, Mongolian, some with English translations),
 * filed under the reference taxonomy, SDG targets and indicator catalogue. Seeded and
 * deterministic. Entry point: {@link org.neascn.framework.synthetic.SyntheticNetwork#generate}.
 */
package org.neascn.framework.synthetic;
