package se.uniplan.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;
import se.uniplan.plugin.api.ledger.SourceFile;

/**
 * Where the files of loads are kept: each load reads its own copy, so a file that changes in the
 * drop folder during a load cannot change the load, and the report can always name the file read.
 *
 * <p>Configuration: {@code uniplan.ledger.work-folder} (default: {@code uniplan-ledger} in the
 * domain's folder, or the temporary folder outside a server).
 */
@ApplicationScoped
public class LedgerFiles {

    @Inject
    @ConfigProperty(name = "uniplan.ledger.work-folder")
    private Optional<String> workFolder;

    /** A received file: where it is, its size and its SHA-256 (null until the load has read it; see {@link #sha256(Path)}). */
    public record Received(Path path, long size, String sha256) {
    }

    /** Copies the content into the work folder, counting and hashing it on the way. */
    public Received receive(InputStream content) {
        try {
            Path folder = folder();
            Path temp = Files.createTempFile(folder, "incoming-", ".tmp");
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                size = content.transferTo(out);
            }
            return new Received(temp, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes a file that is already on this server's disk (a drop folder) without copying it: a hard
     * link in the work folder where the file system allows one, else a copy. A year of ledger lines
     * is a gigabyte or more: nothing of it is read here, and its hash is taken while it loads.
     */
    public Received receive(Path file) {
        try {
            Path folder = folder();
            Path temp = folder.resolve("incoming-" + java.util.UUID.randomUUID() + ".tmp");
            try {
                Files.createLink(temp, file);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, temp);
            }
            return new Received(temp, Files.size(temp), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's SHA-256, in hex. */
    public String sha256(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file);
             OutputStream nowhere = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(nowhere);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a received file to its load. */
    public void keep(Received received, long loadId) {
        try {
            Files.move(received.path(), pathOf(loadId), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a received file that no load will read. */
    public void discard(Received received) {
        try {
            Files.deleteIfExists(received.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SourceFile sourceFile(LedgerLoad load) {
        return new SourceFile(load.getFileName(), pathOf(load.getId()));
    }

    private Path pathOf(long loadId) {
        return folder().resolve("load-" + loadId + ".dat");
    }

    private Path folder() {
        Path folder = workFolder.map(Paths::get).orElseGet(() -> {
            String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
            return instanceRoot != null ? Paths.get(instanceRoot, "uniplan-ledger")
                    : Paths.get(System.getProperty("java.io.tmpdir"), "uniplan-ledger");
        });
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
