package se.larmcentral.telephony;

import gov.nist.core.StackLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Properties;

/**
 * JAIN-SIP's log into the project's (SLF4J, logger {@code se.larmcentral.telephony.sip}): warnings and errors as
 * such, its information and the SIP messages (callers' numbers, positions) at debug only. Named in the stack's
 * {@code gov.nist.javax.sip.STACK_LOGGER} property so that the stack never reaches for its default, which needs
 * log4j 1 (end of life; not on the class path).
 */
public final class SipStackLog implements StackLogger {

    private static final Logger LOG = LoggerFactory.getLogger("se.larmcentral.telephony.sip");

    public SipStackLog() {
        // made by the stack by reflection
    }

    @Override
    public void logStackTrace() {
        // the stack asks for its own call stack at debug level: nothing an operator of the centre needs
    }

    @Override
    public void logStackTrace(int traceLevel) {
        // as above
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.warn("SIP stack: {}", ex.toString(), ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.debug(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.debug(message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.error(message);
    }

    @Override
    public void logError(String message) {
        LOG.error(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isWarnEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (logLevel >= TRACE_TRACE) {
            return LOG.isTraceEnabled();
        }
        if (logLevel >= TRACE_DEBUG) {
            return LOG.isDebugEnabled();
        }
        if (logLevel >= TRACE_INFO) { // TRACE_MESSAGES too: every SIP message, with the callers' numbers
            return LOG.isDebugEnabled();
        }
        if (logLevel >= TRACE_WARN) {
            return LOG.isWarnEnabled();
        }
        return logLevel > TRACE_NONE && LOG.isErrorEnabled();
    }

    @Override
    public void logError(String message, Exception ex) {
        if (ex instanceof javax.net.ssl.SSLException) {
            // a TLS client the front refuses (old protocol, no common cipher, a port scanner): one line, not an error
            LOG.warn("SIP over TLS: a connection refused in its handshake ({})", ex.getMessage());
            return;
        }
        LOG.error(message, ex);
    }

    @Override
    public void logWarning(String message) {
        if (aboutTls(message)) {
            LOG.debug(message); // the front serves no TLS: the stack's word at each start that TLS is unset is noise
        } else {
            LOG.warn(message);
        }
    }

    private static boolean aboutTls(String message) {
        String text = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        return text.contains("tls") || text.contains("keystore") || text.contains("truststore");
    }

    /** The stack's information is its own chatter and the SIP messages themselves: debug, never in the centre's log. */
    @Override
    public void logInfo(String message) {
        LOG.debug(message);
    }

    @Override
    public void disableLogging() {
        // the level is SLF4J's to set
    }

    @Override
    public void enableLogging() {
        // the level is SLF4J's to set
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        LOG.debug("JAIN-SIP build {}", buildTimeStamp);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // nothing read from them
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
