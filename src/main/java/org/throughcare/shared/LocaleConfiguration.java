package org.throughcare.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: chosen with {@code ?lang=sv} and remembered in a cookie, else taken from the
 * browser's Accept-Language among the languages Throughcare speaks, else English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("nb"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("throughcare-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                if (request.getAttribute(DocumentLocale.ATTRIBUTE) instanceof Locale document) {
                    return document;
                }
                Locale chosen = super.resolveLocale(request);
                return SUPPORTED.stream().filter(l -> l.getLanguage().equals(chosen.getLanguage())).findFirst()
                        .orElse(Locale.ENGLISH);
            }
        };
        resolver.setDefaultLocaleFunction(request -> request.getLocale());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // A cookie we cannot read (edited, or from an older version) means the default, not an error on every page.
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
