package dev.sla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's text goes: standard output, or the file of its {@code --out} option. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Writes the text to the file, or prints it when there is no file.
     *
     * @return {@link Sla#OK}
     * @throws CliException if the file cannot be written
     */
    static int print(PrintWriter out, Path file, String text) {
        if (file == null) {
            out.print(text);
            return Sla.OK;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw CliException.invalid("cannot write " + file + ": " + (ex.getMessage() == null
                    ? ex.getClass().getSimpleName() : ex.getMessage()));
        }
        return Sla.OK;
    }
}
