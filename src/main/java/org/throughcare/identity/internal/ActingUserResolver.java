package org.throughcare.identity.internal;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.throughcare.identity.CurrentUser;
import org.throughcare.shared.Actor;

/**
 * Gives a controller method that names an {@link Actor} parameter the signed-in user acting in this request,
 * so that controllers do not each look it up. Without one the request is refused, as security would have.
 */
@Configuration(proxyBeanMethods = false)
class ActingUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final CurrentUser currentUser;

    ActingUserResolver(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return currentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
