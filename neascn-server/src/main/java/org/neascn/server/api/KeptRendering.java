package org.neascn.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.neascn.server.register.PageMemo;

/**
 * Writes a list page's JSON as it was written for an earlier reader of the same kept page, in
 * the same language and media type, instead of serialising it again; the first reader's JSON is
 * kept in the page's {@link PageMemo}. Only the view the resource offered is written so: a
 * response whose entity was replaced (a problem, a 304) is written as usual. Headers are
 * untouched (the response filters ran on the view before this).
 */
@Provider
public class KeptRendering implements WriterInterceptor {

    private static final String ATTRIBUTE = KeptRendering.class.getName();

    private record Offer(PageMemo memo, Object view, String language) {
    }

    /** Offers the view of a page for a kept rendering, by the request that lists it. */
    static void offer(HttpServletRequest request, PageMemo memo, Object view, String language) {
        request.setAttribute(ATTRIBUTE, new Offer(memo, view, language));
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(ATTRIBUTE) instanceof Offer offer) || context.getEntity() != offer.view()
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            context.proceed();
            return;
        }
        String key = offer.language() + "\n" + context.getMediaType();
        OutputStream out = context.getOutputStream();
        byte[] kept = offer.memo().rendering(key).orElse(null);
        if (kept == null) {
            ByteArrayOutputStream written = new ByteArrayOutputStream(8192);
            context.setOutputStream(written);
            try {
                context.proceed();
            } finally {
                context.setOutputStream(out);
            }
            kept = written.toByteArray();
            offer.memo().rendered(key, kept);
        }
        out.write(kept);
    }
}
