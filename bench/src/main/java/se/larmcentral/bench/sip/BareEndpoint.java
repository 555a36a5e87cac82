package se.larmcentral.bench.sip;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline of {@code ./larm bench sip}: a bare JAIN-SIP endpoint on the same stack and settings that only
 * answers (180 at once, 200 + 487 on CANCEL), with no centre behind it; what the stack itself costs.
 */
final class BareEndpoint implements SipListener, AutoCloseable {

    private final SipStack stack;
    private final SipProvider provider;
    private final MessageFactory messages;
    private final Map<String, ServerTransaction> ringing = new ConcurrentHashMap<>();

    BareEndpoint(int port) throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "larm-bench-bare-" + port);
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", "se.larmcentral.telephony.SipStackLog");
        // the same UDP buffers as the front, so that the baseline differs from it only by the centre's work
        String buffer = Integer.toString(se.larmcentral.telephony.SipFront.UDP_BUFFER_BYTES);
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", buffer);
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", buffer);
        stack = factory.createSipStack(properties);
        ListeningPoint udp = stack.createListeningPoint("127.0.0.1", port, "udp");
        provider = stack.createSipProvider(udp);
        provider.addSipListener(this);
        messages = factory.createMessageFactory();
        stack.start();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        try {
            switch (request.getMethod()) {
                case Request.INVITE -> {
                    ServerTransaction transaction = provider.getNewServerTransaction(request);
                    Response ringingResponse = messages.createResponse(Response.RINGING, request);
                    ((ToHeader) ringingResponse.getHeader(ToHeader.NAME)).setTag(Long.toHexString(callId.hashCode()));
                    transaction.sendResponse(ringingResponse);
                    ringing.put(callId, transaction);
                }
                case Request.CANCEL -> {
                    ServerTransaction cancel = event.getServerTransaction() != null ? event.getServerTransaction()
                            : provider.getNewServerTransaction(request);
                    cancel.sendResponse(messages.createResponse(Response.OK, request));
                    ServerTransaction invite = ringing.remove(callId);
                    if (invite != null) {
                        Response terminated = messages.createResponse(Response.REQUEST_TERMINATED, invite.getRequest());
                        ((ToHeader) terminated.getHeader(ToHeader.NAME)).setTag(Long.toHexString(callId.hashCode()));
                        invite.sendResponse(terminated);
                    }
                }
                default -> {
                    // ACK: nothing to answer
                }
            }
        } catch (Exception e) {
            System.err.println("bare endpoint: " + request.getMethod() + " " + e.getMessage());
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }

    @Override
    public void close() {
        stack.stop();
    }
}
