package org.throughcare.audit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The chain's anchors outside the database: an append-only file, forced to disk at every write, and the
 * application log. Someone who can delete the newest rows of the audit tables cannot make the chain look
 * intact unless they can also rewrite this file and the logs.
 */
@Component
public class AnchorFile {

    private static final Logger log = LoggerFactory.getLogger(AnchorFile.class);

    private final Path file;

    AnchorFile(AuditProperties properties) {
        this.file = properties.anchorFile().toAbsolutePath();
    }

    public synchronized void append(ChainAnchor anchor) {
        log.info(anchor.line());
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit anchor file " + file + " cannot be written", e);
        }
    }

    /** The newest anchor written for the chain that starts with {@code chainStart}. */
    public synchronized Optional<ChainAnchor> newestFor(String chainStart) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ChainAnchor newest = null;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                ChainAnchor anchor = ChainAnchor.parse(line);
                if (anchor != null && anchor.chainStart().equals(chainStart)
                        && (newest == null || anchor.sequence() > newest.sequence())) {
                    newest = anchor;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The audit anchor file " + file + " cannot be read", e);
        }
        return Optional.ofNullable(newest);
    }
}
