package org.throughcare.audit.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param anchorFile  where each sealing batch appends its anchor: outside the database the chain protects
 * @param sealInterval how long the sequencer rests between batches
 * @param sealBatch    the most entries one batch seals
 */
@ConfigurationProperties("throughcare.audit")
public record AuditProperties(@DefaultValue("./data/audit-anchor.log") Path anchorFile,
                              @DefaultValue("200ms") Duration sealInterval,
                              @DefaultValue("2000") int sealBatch) {
}
