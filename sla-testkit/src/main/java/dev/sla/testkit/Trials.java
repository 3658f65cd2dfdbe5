package dev.sla.testkit;

import dev.sla.calendar.CalendarDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs a check on values made from random lists of choices and, when one fails, shrinks its
 * list: removes runs of choices and lowers single choices while the check still fails, so
 * that the failure reported is that of a simple value.
 */
final class Trials {

    /** The most runs of the check spent on shrinking one failure. */
    private static final int SHRINK_BUDGET = 4_000;

    private Trials() {
    }

    /** A failure after shrinking: its message and how many shrinking steps it took. */
    record Failure(String message, int steps, int attempt) {
    }

    /**
     * Runs a check on {@code tries} lists of at most {@code size} choices drawn from the seed.
     *
     * @param check  gives the failure's message, or null when the value made from the choices passes
     * @return the first failure, shrunk, or null when every try passed
     */
    static Failure run(long seed, int tries, int size, Function<Random, String> check) {
        Random random = new Random(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            int length = random.nextInt(size + 1);
            List<Integer> tape = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                tape.add(random.nextInt(Choices.MAX + 1));
            }
            String message = apply(check, tape);
            if (message != null) {
                return shrink(check, tape, message, attempt);
            }
        }
        return null;
    }

    private static String apply(Function<Random, String> check, List<Integer> tape) {
        try {
            return check.apply(new Choices(tape));
        } catch (CalendarDataException ex) {
            // a strict calendar refuses to answer past its holiday data: no answer, so nothing to check
            return null;
        } catch (RuntimeException | StackOverflowError ex) {
            return "throws " + ex;
        }
    }

    private static Failure shrink(Function<Random, String> check, List<Integer> failing, String failure, int attempt) {
        List<Integer> tape = failing;
        String message = failure;
        int budget = SHRINK_BUDGET;
        int steps = 0;
        boolean improved = true;
        while (improved && budget > 0) {
            improved = false;
            for (int k = Math.max(1, tape.size() / 2); k >= 1 && budget > 0; k /= 2) {
                for (int i = 0; i + k <= tape.size() && budget > 0; budget--) {
                    List<Integer> candidate = new ArrayList<>(tape.subList(0, i));
                    candidate.addAll(tape.subList(i + k, tape.size()));
                    String m = apply(check, candidate);
                    if (m != null) {
                        tape = candidate;
                        message = m;
                        improved = true;
                        steps++;
                    } else {
                        i += k;
                    }
                }
            }
            for (int i = 0; i < tape.size() && budget > 0; i++) {
                int v = tape.get(i);
                for (int lower : new int[] {0, v / 2, v - 1}) {
                    if (lower >= v || lower < 0 || budget-- <= 0) {
                        continue;
                    }
                    List<Integer> candidate = new ArrayList<>(tape);
                    candidate.set(i, lower);
                    String m = apply(check, candidate);
                    if (m != null) {
                        tape = candidate;
                        message = m;
                        improved = true;
                        steps++;
                        break;
                    }
                }
            }
        }
        return new Failure(message, steps, attempt);
    }
}
