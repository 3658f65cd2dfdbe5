package dev.sla.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list over an array that nobody else holds: the lists of results the clock
 * builds, handed to the results without another copy.
 *
 * @param <E>  the element type
 */
final class FixedList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;
    private final int size;

    /** Wraps the first {@code size} elements of an array the caller gives up. */
    FixedList(E[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    @Override
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
