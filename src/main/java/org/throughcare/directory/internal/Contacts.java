package org.throughcare.directory.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface Contacts extends ListCrudRepository<Contact, UUID> {
}
