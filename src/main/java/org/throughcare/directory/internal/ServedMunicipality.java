package org.throughcare.directory.internal;

import org.springframework.data.relational.core.mapping.Table;

/** Part of the organisation aggregate: one municipality it serves. */
@Table("organisation_municipality")
record ServedMunicipality(String municipalityCode) {
}
