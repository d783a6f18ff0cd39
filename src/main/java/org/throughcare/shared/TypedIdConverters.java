package org.throughcare.shared;

import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/**
 * Lets a controller take a typed id ({@code @PathVariable ClientId id}) instead of a UUID it wraps itself. A
 * malformed id fails conversion like a malformed UUID: not found on a page, 400 at the parameter in the API.
 */
@Configuration(proxyBeanMethods = false)
class TypedIdConverters {

    @Bean
    Converter<String, ClientId> clientIdConverter() {
        // An anonymous class, not a lambda, so that the conversion service can read the types it converts.
        return new Converter<String, ClientId>() {
            @Override
            public ClientId convert(String value) {
                return new ClientId(UUID.fromString(value.strip()));
            }
        };
    }

    @Bean
    Converter<String, OrganisationId> organisationIdConverter() {
        return new Converter<String, OrganisationId>() {
            @Override
            public OrganisationId convert(String value) {
                return new OrganisationId(UUID.fromString(value.strip()));
            }
        };
    }

    @Bean
    Converter<String, UserId> userIdConverter() {
        return new Converter<String, UserId>() {
            @Override
            public UserId convert(String value) {
                return new UserId(UUID.fromString(value.strip()));
            }
        };
    }

    @Bean
    Converter<String, UnitId> unitIdConverter() {
        return new Converter<String, UnitId>() {
            @Override
            public UnitId convert(String value) {
                return new UnitId(UUID.fromString(value.strip()));
            }
        };
    }
}
