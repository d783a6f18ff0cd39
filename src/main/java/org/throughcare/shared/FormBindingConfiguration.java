package org.throughcare.shared;

import java.util.List;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/** Every handler binds its forms with {@link FormBinder}: one mechanism for all pages and the API. */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration {

    @Bean
    WebMvcRegistrations formBinderRegistration() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                        return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                            @Override
                            protected ServletRequestDataBinder createBinderInstance(Object target, String name,
                                                                                    NativeWebRequest request) {
                                return new FormBinder(target, name);
                            }
                        };
                    }
                };
            }
        };
    }
}
