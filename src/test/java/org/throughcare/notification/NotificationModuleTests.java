package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.throughcare.ThroughcareApplication;

/** The notification module sits on the side: it listens and contributes, and no other module depends on it. */
class NotificationModuleTests {

    @Test
    void noOtherModuleDependsOnTheNotificationModule() {
        ApplicationModules modules = ApplicationModules.of(ThroughcareApplication.class);
        assertThat(modules.getModuleByName("notification")).as("the module is detected").isPresent();
        assertThat(modules.getModuleByName("workspace").orElseThrow().getDirectDependencies(modules)
                .containsModuleNamed("client")).as("the check sees a dependency that exists").isTrue();
        assertThat(modules.stream().filter(m -> !m.getDisplayName().equalsIgnoreCase("notification"))
                .filter(m -> m.getDirectDependencies(modules).containsModuleNamed("notification"))
                .map(ApplicationModule::getDisplayName).toList()).isEmpty();
    }
}
