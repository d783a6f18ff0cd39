package org.throughcare.workspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.throughcare.shared.PublicAddress;

/**
 * Makes every redirect point at the configured public address. Spring Security builds some redirects (to the
 * login page, back to the page asked for before login) from the request's scheme and Host header, which a
 * caller can forge; this rewrites any redirect to this application — relative, or absolute to the host the
 * request named — onto the public base URL, or leaves it relative when none is configured.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicRedirectFilter extends OncePerRequestFilter {

    private final PublicAddress address;

    PublicRedirectFilter(PublicAddress address) {
        this.address = address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(rewrite(location, request));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(rewrite(location, request), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(value, request) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(value, request) : value);
            }
        });
    }

    String rewrite(String location, HttpServletRequest request) {
        if (location == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return address.base() + request.getContextPath() + "/";
        }
        if (uri.isAbsolute() && !request.getServerName().equalsIgnoreCase(uri.getHost())) {
            return location;
        }
        if (!uri.isAbsolute()) {
            uri = URI.create(request.getRequestURI()).resolve(uri);
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return address.base() + path;
    }
}
