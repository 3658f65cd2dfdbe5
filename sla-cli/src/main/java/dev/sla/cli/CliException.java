package dev.sla.cli;

/**
 * An error the command reports as one line on standard error, with an exit code.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException invalid(String message) {
        return new CliException(Sla.INVALID_INPUT, message);
    }

    static CliException usage(String message) {
        return new CliException(Sla.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
