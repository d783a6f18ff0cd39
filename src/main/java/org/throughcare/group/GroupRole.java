package org.throughcare.group;

import org.springframework.modulith.NamedInterface;

/** What a person from a collaborating agency does in a client's group; the coordinator is the case's own. */
@NamedInterface("api")
public enum GroupRole { CASE_WORKER, CONTACT_OFFICER, SUPPORT_CONTACT, TREATMENT, OTHER }
