package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command run from plain arguments, without picocli, answers exactly as the same command run
 * through picocli; and every option picocli knows of such a command is a plain option.
 */
class PlainRunTest {

    /** The commands that run from plain arguments. */
    static Stream<String> plainCommands() {
        return Sla.commandNames().stream().filter(n -> Sla.newCommand(n) instanceof PlainCommand);
    }

    /** A value of the option's type, as written on the command line. */
    private static String sample(OptionSpec option) {
        if (option.type() == Instant.class) {
            return "2025-10-31T15:00:00+03:00";
        }
        if (option.type() == LocalDate.class) {
            return "2025-10-31";
        }
        return "x" + option.longestName().replace("-", "");
    }

    /** The options of a command other than help and version, as picocli sees them. */
    private static List<OptionSpec> options(Object command) {
        List<OptionSpec> options = new ArrayList<>();
        for (OptionSpec o : new CommandLine(command).getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                options.add(o);
            }
        }
        return options;
    }

    @Test
    void deadlineAndWhoArePlain() {
        assertThat(plainCommands()).contains("deadline", "who");
    }

    @ParameterizedTest
    @MethodSource("plainCommands")
    void aPlainOptionSetsWhatPicocliSets(String name) {
        List<String> args = new ArrayList<>();
        PlainCommand plain = (PlainCommand) Sla.newCommand(name);
        for (OptionSpec o : options(Sla.newCommand(name))) {
            boolean flag = o.arity().max() == 0;
            if (flag ? plain.plainFlag(o.longestName()) : plain.plainOption(o.longestName(), sample(o))) {
                args.add(o.longestName());
                if (!flag) {
                    args.add(sample(o));
                }
            }
        }
        Object parsed = Sla.newCommand(name);
        new CommandLine(parsed).parseArgs(args.toArray(String[]::new));

        assertThat(args).as("plain options").isNotEmpty();
        List<OptionSpec> expected = options(parsed);
        List<OptionSpec> actual = options(plain);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(Objects.toString(actual.get(i).getValue())).as(expected.get(i).longestName())
                    .isEqualTo(Objects.toString(expected.get(i).getValue()));
        }
    }

    /**
     * An option that a command does not take plainly sends the arguments that name it to picocli,
     * and a plain run leaves it as it was made: so it must be optional, without a default value
     * that picocli would set.
     */
    @ParameterizedTest
    @MethodSource("plainCommands")
    void anOptionThatIsNotPlainIsOptionalAndHasNoDefault(String name) {
        for (OptionSpec o : options(Sla.newCommand(name))) {
            PlainCommand plain = (PlainCommand) Sla.newCommand(name);
            boolean flag = o.arity().max() == 0;
            if (!(flag ? plain.plainFlag(o.longestName()) : plain.plainOption(o.longestName(), sample(o)))) {
                assertThat(o.required()).as(o.longestName() + " is required").isFalse();
                assertThat(o.defaultValue()).as(o.longestName() + " has a default value").isNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("plainCommands")
    void aRequiredOptionMissingLeavesTheArgumentsToPicocli(String name) {
        for (OptionSpec missing : options(Sla.newCommand(name))) {
            if (!missing.required()) {
                continue;
            }
            PlainCommand plain = (PlainCommand) Sla.newCommand(name);
            for (OptionSpec o : options(plain)) {
                if (o.required() && !o.longestName().equals(missing.longestName())) {
                    assertThat(plain.plainOption(o.longestName(), sample(o))).isTrue();
                }
            }
            assertThat(plain.plainComplete()).as("without " + missing.longestName()).isFalse();
        }
    }

    /** Runs through {@link Sla#run}, which takes plain arguments without picocli. */
    private static SlaCommandTest.Run plain(String... args) {
        return SlaCommandTest.run(args);
    }

    /** Runs through picocli whatever the arguments. */
    private static SlaCommandTest.Run parsed(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Sla.runParsed(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                args);
        return new SlaCommandTest.Run(code, out.toString(), err.toString());
    }

    /** Runs {@link PlainRun} alone. */
    private static int plainOnly(StringWriter out, StringWriter err, String... args) {
        return PlainRun.run(Sla.newCommand(args[0]), new PrintWriter(out), new PrintWriter(err), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "deadline --policy navixy-ru --plan paas --severity level-1 --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --plan paas --severity level-1 --received 2025-10-31T15:00:00+03:00 --json",
        "deadline --policy=express --plan=technical-support --severity=high --metric=resolution --received=2025-12-30T17:00:00+03:00",
        "deadline --json --policy navixy-en --plan on-premise --severity level-2 --received 2025-10-31T12:00:00Z",
        "deadline --policy express --plan client-support --received 2025-11-01T12:00:00+03:00 --json",
        "deadline --policy navixy-en --plan paas --service custom-logos --received 2025-10-31T12:00:00Z --json",
        "deadline --policy navixy-ru --plan paas --severity level-1 --received 2025-10-31T15:00:00+03:00 --debug",
        "deadline --policy navixy-ru --plan nope --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --plan paas --severity level-9 --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --plan paas --metric nope --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --plan paas",
        "deadline --policy no-such-policy --plan paas --received 2025-10-31T15:00:00+03:00",
        "who --policy navixy-en --plan cloud --service custom-logos",
        "who --policy insales --plan social --service layout --json",
        "who --policy navixy-en --plan cloud --service nope",
        "who --policy navixy-en --plan nope --service custom-logos --json",
    })
    void plainArgumentsAnswerAsPicocliDoes(String line) {
        String[] args = line.split(" ");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(plainOnly(out, err, args)).as("run without picocli").isNotEqualTo(PlainRun.NOT_PLAIN);
        assertThat(plain(args)).isEqualTo(parsed(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "deadline --help",
        "deadline -h",
        "deadline --version",
        "deadline --policy navixy-ru --plan paas --plan cloud --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --plan paas --received 2025-10-31T15:00:00",
        "deadline --policy navixy-ru --plan paas --received",
        "deadline --policy navixy-ru --plan --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --plan paas --received 2025-10-31T15:00:00+03:00 --unknown",
        "deadline --policy navixy-ru --plan paas --received 2025-10-31T15:00:00+03:00 extra",
        "deadline --policy navixy-ru --plan paas --received 2025-10-31T15:00:00+03:00 --",
        "deadline --policy navixy-ru --plan @plan.txt --received 2025-10-31T15:00:00+03:00",
        "deadline --policy navixy-ru --plan paas --received 2025-10-31T15:00:00+03:00 --json=true",
        "deadline --plan paas --received 2025-10-31T15:00:00+03:00",
        "who --policy navixy-en --plan cloud",
        "validate navixy-ru",
        "evaluate --policy navixy-en --ticket -",
    })
    void otherArgumentsGoToPicocliAndNothingIsWrittenBefore(String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(plainOnly(out, err, line.split(" "))).isEqualTo(PlainRun.NOT_PLAIN);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
        assertThat(plain(line.split(" "))).isEqualTo(parsed(line.split(" ")));
    }
}
