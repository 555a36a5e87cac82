package se.larmcentral.alarms.receiver;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fairness between transmitters over UDP: each source address has its own bounded queue, worked by its own virtual
 * thread one frame at a time. A flood from one address fills only its queue (the rest is dropped) and holds at
 * most one command in the centre at a time, so it cannot starve the others. An address whose queue empties is
 * forgotten; at most {@code maxSources} are worked at once.
 */
final class SourceQueues {

    private final int capacity;
    private final int maxSources;
    private final ConcurrentHashMap<String, Source> sources = new ConcurrentHashMap<>();

    SourceQueues(int capacity, int maxSources) {
        this.capacity = capacity;
        this.maxSources = maxSources;
    }

    /** Queues {@code job} for {@code source}; false when its queue (or the table of sources) is full. */
    boolean offer(String source, Runnable job) {
        Source queue = sources.get(source);
        if (queue == null) {
            if (sources.size() >= maxSources) {
                return false;
            }
            queue = sources.computeIfAbsent(source, Source::new);
        }
        synchronized (queue) {
            if (queue.jobs.size() >= capacity) {
                return false;
            }
            queue.jobs.addLast(job);
            if (!queue.working) {
                queue.working = true;
                Source started = queue;
                Thread.ofVirtual().name("alarms-udp-" + source).start(() -> work(started));
            }
        }
        return true;
    }

    private void work(Source queue) {
        while (true) {
            Runnable job;
            synchronized (queue) {
                job = queue.jobs.pollFirst();
                if (job == null) {
                    queue.working = false;
                    sources.remove(queue.key, queue);
                    return;
                }
            }
            job.run();
        }
    }

    private static final class Source {
        private final String key;
        private final ArrayDeque<Runnable> jobs = new ArrayDeque<>();
        private boolean working;

        private Source(String key) {
            this.key = key;
        }
    }
}
