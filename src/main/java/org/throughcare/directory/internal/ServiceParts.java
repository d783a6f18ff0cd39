package org.throughcare.directory.internal;

import org.springframework.data.relational.core.mapping.Table;
import org.throughcare.shared.NeedArea;

/** The parts of the service aggregate held in their own tables, so that lists can filter on them. */
final class ServiceParts {

    private ServiceParts() {
    }

    @Table("service_need_area")
    record Area(NeedArea needArea) {
    }

    @Table("service_municipality")
    record Served(String municipalityCode) {
    }

    @Table("service_language")
    record Language(String languageCode) {
    }
}
