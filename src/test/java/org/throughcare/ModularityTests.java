package org.throughcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.EventType;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ThroughcareApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        // Each module's package-info names the named interfaces it may use ("client :: api"), so a reach into
        // a type another module did not publish fails here, not only a reach into its internals.
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Into target/spring-modulith-docs: diagrams and a canvas per module, regenerated on every build.
        new Documenter(modules).writeDocumentation();
    }

    @Test
    void theWorkspaceIsOnTopOfTheModulesItComposes() {
        ApplicationModule workspace = module("workspace");
        assertThat(modules.stream().filter(m -> !m.equals(workspace)))
                .noneMatch(m -> m.getDirectDependencies(modules).contains(workspace));
        assertThat(workspace.getDirectDependencies(modules).containsModuleNamed("client")).isTrue();
    }

    @Test
    void everyPublishedEventIsMarkedPublishedAndListedInTheModuleDocumentation(@TempDir Path docs)
            throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModuleCanvases();
        List<String> published = modules.stream()
                .flatMap(m -> m.getPublishedEvents().stream().map(EventType::getType)
                        .map(type -> m.getIdentifier() + "." + type.getSimpleName()))
                .toList();
        assertThat(published).contains("client.ReleaseDateChanged", "client.StageChanged",
                "client.CoordinatorHandedOver", "plan.MeasureAssigned");

        for (ApplicationModule module : modules) {
            String canvas = Files.readString(docs.resolve("module-" + module.getIdentifier() + ".adoc"));
            NamedInterface events = module.getNamedInterfaces().getByName("events").orElse(null);
            for (EventType event : module.getPublishedEvents()) {
                assertThat(event.getType().isAnnotatedWith(DomainEvent.class)).as(event.toString()).isTrue();
                assertThat(events).as("events of " + module.getIdentifier()).isNotNull();
                assertThat(events.contains(event.getType())).as(event.toString()).isTrue();
                assertThat(canvas).contains("Published events").contains(event.getType().getSimpleName());
            }
        }
    }

    private ApplicationModule module(String name) {
        return modules.getModuleByName(name).orElseThrow();
    }
}
