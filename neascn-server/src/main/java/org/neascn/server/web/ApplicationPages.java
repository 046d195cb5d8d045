package org.neascn.server.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.neascn.server.signin.SignInOptions;

/**
 * Serves the web application at {@code /}: the container serves its files from the web jar's
 * {@code META-INF/resources}; a path that names no file and that a browser navigates to (a deep
 * link such as {@code /networks/neascn/plans/ulaanbaatar-scap-1}) gets the application's
 * {@code index.html}, whose router shows the screen. The REST API under {@code /api} is never
 * touched, and Liberty's {@code /openapi}, {@code /health} and {@code /metrics} are other
 * applications, so they never reach this filter.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ApplicationPages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String INDEX = "/index.html";
    /**
     * The app reaches only its own origin and, when the network signs people in through its
     * OpenID provider, that provider (discovery, token and end-session endpoints); Leaflet and
     * ECharts set inline styles.
     */
    private String contentPolicy = policy(null);

    @Override
    public void init() {
        contentPolicy = policy(SignInOptions.issuerOrigin(ConfigProvider.getConfig()).orElse(null));
    }

    static String policy(String provider) {
        return "default-src 'self'; connect-src 'self'" + (provider == null ? "" : " " + provider)
                + "; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/") || !readsPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/assets/")) {
            // Vite names every asset after its content: a changed file is a new name.
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/") || path.equals(INDEX) || (!isFile(path) && wantsPage(request, path))) {
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("Content-Security-Policy", contentPolicy);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            request.getRequestDispatcher(INDEX).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean readsPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private boolean isFile(String path) {
        try {
            return !path.endsWith("/") && getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    /** A browser's navigation, or a path without a file extension: a missing script stays a 404. */
    private static boolean wantsPage(HttpServletRequest request, String path) {
        String accept = request.getHeader("Accept");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return (accept != null && accept.contains("text/html")) || !last.contains(".");
    }
}
