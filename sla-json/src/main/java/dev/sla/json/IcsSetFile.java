package dev.sla.json;

import dev.sla.calendar.HolidaySet;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A holiday set's member {@code ics}: the iCalendar file, relative to the policy file, whose
 * days off the set takes. The file must lie in the policy's directory or below it, also once
 * symbolic links are followed; each of
 * its problems is recorded at the member, as {@code company-holidays.ics:12: message}.
 */
final class IcsSetFile {

    /** The longest file read, in bytes, as for a policy. */
    private static final long MAX_BYTES = TreeReader.MAX_DOCUMENT * 4L;

    private IcsSetFile() {
    }

    /**
     * Reads the days off of the file a holiday set names into its builder.
     *
     * @param cx  the document's context, which knows the policy's directory
     * @param at  the {@code ics} member, where problems are recorded
     * @param name  the file name as written
     * @param into  the set's builder
     * @param declareYears  true if the set declares no years of its own: the years the file's
     *     events span are then declared, with the file as their source
     */
    static void read(BindContext cx, Node at, String name, HolidaySet.Builder into, boolean declareYears) {
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException ex) {
            cx.problem(at, "'" + name + "' is not a file name: " + ex.getReason());
            return;
        }
        if (name.isBlank()) {
            cx.problem(at, "'ics' must name an iCalendar file next to the policy, such as company-holidays.ics");
            return;
        }
        if (relative.isAbsolute() || relative.getRoot() != null) {
            cx.problem(at, "'" + name + "' is an absolute path; name the iCalendar file relative to the policy file,"
                    + " such as company-holidays.ics");
            return;
        }
        Path directory = cx.directory();
        if (directory == null) {
            cx.problem(at, "'" + name + "' cannot be found: this policy was not read from a file, so it has no"
                    + " directory; read it from its file (PolicyJson.read(Path)) to use an iCalendar file");
            return;
        }
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory)) {
            cx.problem(at, "'" + name + "' lies outside the policy's directory; put the iCalendar file next to the"
                    + " policy file or below it");
            return;
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                cx.problem(at, "'" + name + "' is " + Files.size(file) + " bytes long; iCalendar files are limited to "
                        + MAX_BYTES + " bytes");
                return;
            }
            if (!file.toRealPath().startsWith(directory.toRealPath())) {
                cx.problem(at, "'" + name + "' is a link that leads outside the policy's directory; put the iCalendar"
                        + " file itself next to the policy file or below it");
                return;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException ex) {
            cx.problem(at, "cannot read '" + name + "': no such file next to the policy");
            return;
        } catch (MalformedInputException ex) {
            cx.problem(at, "cannot read '" + name + "': it is not UTF-8 text");
            return;
        } catch (IOException ex) {
            cx.problem(at, "cannot read '" + name + "': " + (ex.getMessage() == null ? ex.getClass().getSimpleName()
                    : ex.getMessage()));
            return;
        }
        for (IcsHolidayReader.Located p : IcsHolidayReader.read(text, into, declareYears ? name : null)) {
            cx.problem(at, name + ":" + p.line() + ": " + p.message());
        }
    }
}
