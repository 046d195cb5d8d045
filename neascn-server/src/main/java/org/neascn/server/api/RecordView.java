package org.neascn.server.api;

/**
 * A record as the API returns it: its identifier, a display name in the caller's preferred
 * language ({@code Accept-Language}) and the language it is in ({@code displayLanguage}: the
 * record's original language when it has no text in any preferred one, or absent when the
 * display name is no text of the record), the version to name in {@code If-Match} when changing
 * it (also sent as the {@code ETag}), and the record itself, which is what a client sends
 * back, changed, in a {@code PUT}.
 */
public record RecordView<T>(String id, String displayName, String displayLanguage, long version, T record) implements Shown {
}
