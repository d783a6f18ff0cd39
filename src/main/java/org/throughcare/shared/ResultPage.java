package org.throughcare.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; {@code number} counts from 0. */
public record ResultPage<T>(List<T> items, int number, int size, long totalItems) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), number, size, totalItems);
    }
}
