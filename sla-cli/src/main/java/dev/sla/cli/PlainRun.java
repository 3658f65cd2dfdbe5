package dev.sla.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs a {@link PlainCommand} from plain arguments, without picocli: a question such as
 * {@code sla deadline --policy navixy-ru ...} then starts without the reflection over the
 * command's annotations. Errors are reported exactly as the full command line reports them.
 */
final class PlainRun {

    /** The result of {@link #run} when the arguments need picocli. */
    static final int NOT_PLAIN = -1;

    private PlainRun() {
    }

    /**
     * Runs a command from its arguments, if they are plain.
     *
     * @param command  the subcommand, made afresh, of any kind
     * @param out  where results go
     * @param err  where messages go
     * @param args  the arguments, the first of them the subcommand's name
     * @return the exit code, or {@link #NOT_PLAIN} if the command is not a {@link PlainCommand}
     *     or the arguments are not plain (nothing is then written)
     */
    static int run(Object command, PrintWriter out, PrintWriter err, String... args) {
        if (!(command instanceof PlainCommand)) {
            return NOT_PLAIN;
        }
        PlainCommand plain = (PlainCommand) command;
        Set<String> seen = new HashSet<>();
        boolean debug = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                return NOT_PLAIN;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!seen.add(name)) {
                return NOT_PLAIN;
            }
            if (eq < 0 && name.equals("--debug")) {
                debug = true;
                continue;
            }
            if (eq < 0 && plain.plainFlag(name)) {
                continue;
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return NOT_PLAIN;
            }
            if (value.startsWith("-") || value.startsWith("@") || !plain.plainOption(name, value)) {
                return NOT_PLAIN;
            }
        }
        if (!plain.plainComplete()) {
            return NOT_PLAIN;
        }
        plain.plainStreams(out, err);
        try {
            return plain.call();
        } catch (Exception ex) {
            return Sla.failure(ex, err, debug);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
