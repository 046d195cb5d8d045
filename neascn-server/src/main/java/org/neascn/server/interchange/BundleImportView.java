package org.neascn.server.interchange;

/** What a bundle import wrote: records added and records replaced by identifier. */
public record BundleImportView(String network, String policy, int added, int replaced) {
}
