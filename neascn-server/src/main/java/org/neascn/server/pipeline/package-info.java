/** The project pipeline: readiness, financier matching, sanctions screening, analytics and financing challenges (issue 5). */
package org.neascn.server.pipeline;
