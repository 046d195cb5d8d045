package org.neascn.server.api;

import java.util.List;
import java.util.Locale;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.register.Page;
import org.neascn.server.register.Register;
import org.neascn.server.register.Stored;

/** Assembles the API's views of stored records. */
final class Views {

    private Views() {
    }

    static <T> RecordView<T> of(Register<T, ?> register, Stored<T> stored, String acceptLanguage) {
        return of(register, stored, DisplayLanguage.preferences(acceptLanguage));
    }

    static <T> PageView<T> page(Register<T, ?> register, Page<T> page, String acceptLanguage) {
        List<Locale.LanguageRange> preferences = DisplayLanguage.preferences(acceptLanguage);
        List<RecordView<T>> items = page.items().stream().map(s -> of(register, s, preferences)).toList();
        long next = (long) page.offset() + page.items().size();
        return new PageView<>(items, page.total(), page.offset(), page.limit(), next < page.total() ? (int) next : null);
    }

    private static <T> RecordView<T> of(Register<T, ?> register, Stored<T> stored, List<Locale.LanguageRange> preferences) {
        T record = stored.record();
        LocalizedText name = register.name().apply(record);
        return new RecordView<>(register.id().apply(record), DisplayLanguage.pick(name, preferences),
                DisplayLanguage.languageOf(name, preferences), stored.version(), record);
    }
}
