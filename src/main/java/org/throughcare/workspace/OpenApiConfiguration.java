package org.throughcare.workspace;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/**
 * The OpenAPI document's front page. Agency systems authenticate with HTTP Basic, which is also what
 * "Authorize" in the browsable documentation uses, so its "Try it out" can write as well as read.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // The acting user is supplied by the server from the session, never sent by the caller.
        org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(org.throughcare.shared.Actor.class);
    }

    private static final Set<Class<?>> TYPED_IDS = Set.of(ClientId.class, OrganisationId.class, UnitId.class,
            UserId.class);

    /**
     * Controllers take typed ids, converted from the address by shared.TypedIdConverters; on the wire they are
     * UUIDs, and the document says so (left alone it would call them plain strings, losing the format).
     */
    @Bean
    ParameterCustomizer typedIdsAreUuids() {
        return (parameter, method) -> {
            if (parameter != null && TYPED_IDS.contains(method.getParameterType())) {
                parameter.setSchema(new UUIDSchema());
            }
            return parameter;
        };
    }

    @Bean
    OpenAPI throughcareApi() {
        return new OpenAPI()
                .info(new Info().title("Throughcare API").version("v1")
                        .description("Coordinated reintegration after prison: the directory of agencies, and the "
                                + "audit log. Errors are RFC 9457 problem documents; send Accept-Language for "
                                + "Swedish (sv) or Norwegian (nb) messages."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
