package org.neascn.server.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Says in {@code Content-Language} which language a record's display name is in, so that a
 * Korean name shown to an English reader is not labelled English; the same for a list of
 * {@link Shown} views (initiative cards, action items). A page whose items are
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
        List<?> items;
        if (entity instanceof Shown) {
            items = List.of(entity);
        } else if (entity instanceof PageView<?> page) {
            items = page.items();
        } else if (entity instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(i -> i instanceof Shown)) {
            items = list;
        } else {
            return;
        }
        List<String> languages = items.stream().map(i -> ((Shown) i).displayLanguage()).filter(l -> l != null)
                .distinct().toList();
        String language = languages.isEmpty() ? null : String.join(", ", languages);
        response.getHeaders().remove(HEADER);
        if (language != null) {
            response.getHeaders().putSingle(HEADER, language);
        }
        if (!(entity instanceof RecordView) && !response.getHeaders().containsKey("Vary")) {
            response.getHeaders().add("Vary", "Accept-Language");
        }
    }
}
