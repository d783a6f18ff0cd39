package org.throughcare;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Calls sent at the same moment, each on a thread of its own, as many users pressing at once: the concurrency
 * tests' one way of making load.
 */
public final class Together {

    private Together() {
    }

    /** Starts every call at once and returns their answers in the order of the calls. */
    public static <T> List<T> call(List<? extends Callable<T>> calls) throws Exception {
        return call(calls, 120);
    }

    /** As {@link #call(List)}, waiting up to {@code seconds} for each answer. */
    public static <T> List<T> call(List<? extends Callable<T>> calls, int seconds) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(seconds, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Sends every request at once and returns their status codes in the order of the requests. */
    public static List<Integer> statuses(List<Callable<HttpResponse<String>>> requests) throws Exception {
        return call(requests).stream().map(HttpResponse::statusCode).toList();
    }
}
