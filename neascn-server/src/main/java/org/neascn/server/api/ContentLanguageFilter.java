package org.neascn.server.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Says in {@code Content-Language} which language a record's display name is in, so that a
 * Korean name shown to an English reader is not labelled English. A page whose items are
 * shown in different languages lists them all, as RFC 9110 (8.5) allows for content meant for
 * several audiences; each item's {@code displayLanguage} says which is which. The header is
 * never left out: the web container would then send its own default ({@code en}).
 */
@Provider
public class ContentLanguageFilter implements ContainerResponseFilter {

    private static final String HEADER = "Content-Language";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        String language = null;
        if (entity instanceof RecordView<?> view) {
            language = view.displayLanguage();
        } else if (entity instanceof PageView<?> page) {
            List<String> languages = page.items().stream().map(RecordView::displayLanguage)
                    .filter(l -> l != null).distinct().toList();
            language = languages.isEmpty() ? null : String.join(", ", languages);
        } else {
            return;
        }
        response.getHeaders().remove(HEADER);
        if (language != null) {
            response.getHeaders().putSingle(HEADER, language);
        }
        if (entity instanceof PageView<?> && !response.getHeaders().containsKey("Vary")) {
            response.getHeaders().add("Vary", "Accept-Language");
        }
    }
}
