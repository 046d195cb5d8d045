/**
 * Members and projects as GeoJSON (RFC 7946) for GIS users: one point feature per record that
 * has coordinates.
 */
package org.neascn.framework.interchange.geojson;
