package org.throughcare.directory.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface Units extends ListCrudRepository<Unit, UUID> {
}
