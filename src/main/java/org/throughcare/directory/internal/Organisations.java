package org.throughcare.directory.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface Organisations extends ListCrudRepository<Organisation, UUID> {
}
