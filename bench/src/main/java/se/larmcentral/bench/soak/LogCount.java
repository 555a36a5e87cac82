package se.larmcentral.bench.soak;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what the centre logs (lines and bytes, stack traces included) while the soak runs: the log must stay bounded. */
final class LogCount extends AppenderBase<ILoggingEvent> {

    final AtomicLong lines = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    static LogCount attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogCount count = new LogCount();
        count.setContext(context);
        count.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(count);
        return count;
    }

    @Override
    protected void append(ILoggingEvent event) {
        long size = 60 + event.getFormattedMessage().length();
        long frames = 1;
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            frames += 1 + t.getStackTraceElementProxyArray().length;
            size += 80L * (1 + t.getStackTraceElementProxyArray().length);
        }
        lines.addAndGet(frames);
        bytes.addAndGet(size);
    }
}
