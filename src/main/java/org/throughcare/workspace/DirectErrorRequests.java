package org.throughcare.workspace;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /error} renders the error of another request. Asked for directly it has no error to show and
 * would report a server error of its own; it is a page that does not exist.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorRequests implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                if (request.getDispatcherType() != DispatcherType.ERROR) {
                    response.sendError(HttpStatus.NOT_FOUND.value());
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/error");
    }
}
