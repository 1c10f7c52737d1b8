package se.uniplan.plugin.api.ledger;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that the core hands to a plugin: from the drop folder, an upload or the REST API.
 *
 * @param name the file's name as its sender gave it, used in every problem report
 * @param path where its bytes are, readable for the duration of the read
 */
public record SourceFile(String name, Path path) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
