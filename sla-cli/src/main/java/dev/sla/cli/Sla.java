package dev.sla.cli;

import dev.sla.SlaException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code sla} command: the entry point and the parent of every subcommand.
 *
 * <p>Exit codes: 0 success, 1 invalid input, 2 bad usage. Messages go to standard
 * error; no stack trace unless {@code --debug} is given.
 */
@Command(name = "sla",
        mixinStandardHelpOptions = true,
        versionProvider = Sla.Version.class,
        description = "Support regulations as policies: who does a task and when it is due.",
        footer = {"", "A POLICY is a policy file or a bundled policy: %s.",
            "A CONTRACT (--contract) is a customer's contract file or a bundled contract: %s.",
            "Exit codes: 0 success, 1 invalid input, 2 bad usage.", "", "Examples:",
            "  sla deadline --policy navixy-ru --plan paas --severity level-1 --received 2025-10-31T15:00:00+03:00",
            "  sla who --policy navixy-en --plan cloud --service custom-logos",
            "  sla validate my-policy.json", "  sla holidays ru 2025",
            "  sla report --policy navixy-ru --tickets tickets.jsonl --out decisions.jsonl"})
public final class Sla {

    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code of invalid input: a policy, ticket, unknown id or data that cannot answer. */
    public static final int INVALID_INPUT = 1;
    /** Exit code of bad usage: an unknown option or an argument that does not parse. */
    public static final int USAGE = 2;

    /**
     * The subcommands, in the order of the help: one line each, the name and the constructor. Each is
     * added when the command line is made: all of them, or only the one that the first argument names,
     * so that a question starts without the reflection over every other command. A subcommand that is
     * also a {@link PlainCommand} runs from plain arguments without picocli at all.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static final ThreadLocal<InputStream> STDIN = new ThreadLocal<>();

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an unexpected error.")
    boolean debug;

    private Sla() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args  the command-line arguments, not null
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in-process, writing to the given streams.
     *
     * @param out  where results go, not null
     * @param err  where messages go, not null
     * @param args  the command-line arguments, not null
     * @return the exit code: 0 success, 1 invalid input, 2 bad usage
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /**
     * Runs the command in-process, reading standard input from the given stream.
     *
     * @param in  what {@code -} reads, not null
     * @param out  where results go, not null
     * @param err  where messages go, not null
     * @param args  the command-line arguments, not null
     * @return the exit code: 0 success, 1 invalid input, 2 bad usage
     */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        Supplier<Object> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (only != null) {
            STDIN.set(in);
            int code;
            try {
                code = PlainRun.run(only.get(), out, err, args);
            } finally {
                STDIN.remove();
            }
            if (code != PlainRun.NOT_PLAIN) {
                return code;
            }
        }
        return runParsed(in, out, err, args);
    }

    /** Runs the command with picocli's model of it, whatever the arguments. */
    static int runParsed(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        STDIN.set(in);
        Sla sla = new Sla();
        CommandLine cl = new CommandLine(sla);
        Supplier<Object> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (only != null && !args[0].equals("help") && !args[0].equals("completion")) {
            cl.addSubcommand(args[0], only.get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        String[] footer = cl.getCommandSpec().usageMessage().footer();
        footer[1] = String.format(footer[1], BundledPolicies.list());
        footer[2] = String.format(footer[2], BundledContracts.list());
        cl.getCommandSpec().usageMessage().footer(footer);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, err, sla.debug));
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("sla: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
            STDIN.remove();
        }
    }

    /**
     * Reports an error that ended a command: one line on standard error, and the stack trace
     * with {@code --debug} (for an unexpected error, a hint at {@code --debug} without it).
     *
     * @return the exit code
     */
    static int failure(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof CliException) {
            err.println("sla: " + ex.getMessage());
            return ((CliException) ex).exitCode();
        }
        if (ex instanceof SlaException || ex instanceof DateTimeException) {
            err.println("sla: " + ex.getMessage());
            if (debug) {
                ex.printStackTrace(err);
            }
            return INVALID_INPUT;
        }
        err.println("sla: internal error: " + ex);
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("sla: run again with --debug to see where");
        }
        return INVALID_INPUT;
    }

    /** The names of the subcommands, in the order of the help. */
    static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /** Makes a new instance of a subcommand, or returns null if there is no such subcommand. */
    static Object newCommand(String name) {
        Supplier<Object> command = COMMANDS.get(name);
        return command == null ? null : command.get();
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("validate", ValidateCommand::new);
        m.put("example", ExampleCommand::new);
        m.put("deadline", DeadlineCommand::new);
        m.put("who", WhoCommand::new);
        m.put("evaluate", EvaluateCommand::new);
        m.put("report", ReportCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("test", TestCommand::new);
        m.put("calendar", CalendarCommand::new);
        m.put("holidays", HolidaysCommand::new);
        m.put("diff", DiffCommand::new);
        m.put("doc", DocCommand::new);
        m.put("completion", CompletionCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** The standard input of the command running on this thread. */
    static InputStream stdin() {
        InputStream in = STDIN.get();
        return in == null ? System.in : in;
    }

    /** Provides the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Sla.class.getPackage().getImplementationVersion();
            return new String[] {"sla " + (v == null ? "development build" : v)};
        }
    }
}
