package dev.sla.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A subcommand that also runs without picocli's model of the command line, when its arguments
 * are plain: each one of the command's long options, written {@code --name value},
 * {@code --name=value} or, for a flag, {@code --name}. Reading the annotations of a command
 * costs more than answering a question, so {@link PlainRun} reads plain arguments itself and
 * leaves everything else to picocli: help, version, an option it does not know, a repeated
 * option, a value that starts with {@code -} or {@code @}, a value that does not convert,
 * a missing required option. picocli then answers or reports it as always.
 *
 * <p>A command takes part by implementing this interface; its picocli annotations stay the
 * description of its options. An option it does not set plainly still works: arguments that
 * name it go to picocli. Such an option must be optional and without a picocli default value,
 * as a plain run leaves it as the command was made; a test checks this, and that every
 * option set plainly gets the value picocli would give it.
 */
interface PlainCommand extends Callable<Integer> {

    /**
     * Sets a flag, an option that takes no value.
     *
     * @param name  the option as written, such as {@code --json}
     * @return true if the command has this flag; false leaves the arguments to picocli
     */
    boolean plainFlag(String name);

    /**
     * Sets an option from its value.
     *
     * @param name  the option as written, such as {@code --plan}
     * @param value  the value as written
     * @return true if the command has this option and the value converts; false leaves the
     *     arguments to picocli
     */
    boolean plainOption(String name, String value);

    /**
     * Checks if every option picocli requires of the command is set.
     *
     * @return true if the command can run
     */
    boolean plainComplete();

    /**
     * Sets where the command writes, in place of picocli's streams.
     *
     * @param out  where results go
     * @param err  where messages go
     */
    void plainStreams(PrintWriter out, PrintWriter err);
}
