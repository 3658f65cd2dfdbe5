package dev.sla.testkit;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * A source of random choices read from a list of numbers that jqwik draws and shrinks: each
 * choice takes the next number, modulo the number of options, and 0 once the list is used up.
 * A shorter list and smaller numbers make the first options, which the recipes keep for the
 * simplest values (the first plan, no holidays, one event), so a failing value shrinks by
 * shrinking its list. The same list always gives the same value.
 *
 * <p>Recipes must end when every choice is 0: a loop that looks for an unused value steps to
 * the next one instead of drawing again.
 */
final class Choices extends Random {

    private static final long serialVersionUID = 1L;

    /** The largest number drawn. */
    static final int MAX = 1 << 20;

    private final transient List<Integer> tape;
    private int next;

    Choices(List<Integer> tape) {
        super(0);
        this.tape = tape;
    }

    /**
     * Values made by a recipe from at most {@code size} choices.
     *
     * @param size  the largest number of choices drawn
     * @param recipe  makes a value from the choices
     */
    static <T> Arbitrary<T> of(int size, java.util.function.Function<Random, T> recipe) {
        return tapes(size).map(tape -> recipe.apply(new Choices(tape)));
    }

    /**
     * Lists of at most {@code size} numbers for a source of choices, shrinking towards the
     * empty list: for a value made from two sources that shrink on their own.
     *
     * @param size  the largest number of choices drawn
     */
    static Arbitrary<List<Integer>> tapes(int size) {
        return Arbitraries.integers().between(0, MAX).withDistribution(RandomDistribution.uniform())
                .list().ofMaxSize(size).withSizeDistribution(RandomDistribution.uniform());
    }

    private int take() {
        return next < tape.size() ? tape.get(next++) : 0;
    }

    @Override
    protected int next(int bits) {
        return bits >= 31 ? take() : take() & ((1 << bits) - 1);
    }

    @Override
    public int nextInt() {
        return take();
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return take() % bound;
    }

    @Override
    public int nextInt(int origin, int bound) {
        return origin + nextInt(bound - origin);
    }

    @Override
    public long nextLong() {
        return take();
    }

    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        if (bound <= MAX) {
            return take() % bound;
        }
        // two choices: a coarse and a fine part, both shrinking towards 0
        long coarse = take() % (bound / MAX + 1);
        return Math.min(bound - 1, coarse * MAX + take());
    }

    @Override
    public long nextLong(long origin, long bound) {
        return origin + nextLong(bound - origin);
    }

    @Override
    public boolean nextBoolean() {
        return (take() & 1) == 1;
    }

    @Override
    public double nextDouble() {
        return (take() % 1_000_000) / 1_000_000.0;
    }
}
