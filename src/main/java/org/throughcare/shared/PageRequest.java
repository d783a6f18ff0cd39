package org.throughcare.shared;

/**
 * A request for one page of a list. Out-of-range values from the address bar are brought into range
 * rather than refused: a user who edits {@code ?page=-3} should get the first page, not an error.
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        number = Math.max(0, number);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer number, Integer size) {
        return new PageRequest(number == null ? 0 : number, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) number * size;
    }
}
