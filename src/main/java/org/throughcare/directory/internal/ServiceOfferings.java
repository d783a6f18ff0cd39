package org.throughcare.directory.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ServiceOfferings extends ListCrudRepository<ServiceOffering, UUID> {
}
