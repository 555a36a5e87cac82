package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sip.ServerTransaction;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import java.util.Optional;

/**
 * The registrar for the desks' phones (RFC 3261 10.3): a REGISTER must answer a digest challenge with its desk's
 * own credentials ({@link DeskSecrets}). Without an Authorization: 401 with a challenge; a stale nonce: 401 with
 * {@code stale=true}; an unknown user, a wrong response or a nonce not ours: 403. Only then is the Contact bound to
 * the desk ({@link DeskRegistrations}); nothing else is recorded and the centre is never touched.
 */
final class DeskRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(DeskRegistrar.class);

    private final DeskSecrets secrets;
    private final DigestAuthentication digest;
    private final DeskRegistrations registrations;
    private final SipMessages messages;

    DeskRegistrar(DeskSecrets secrets, DigestAuthentication digest, DeskRegistrations registrations,
                  SipMessages messages) {
        this.secrets = secrets;
        this.digest = digest;
        this.registrations = registrations;
        this.messages = messages;
    }

    /** The desk phone's registered contact, while it lasts. */
    Optional<String> contact(String desk) {
        return registrations.of(desk).map(DeskRegistrations.Binding::contact);
    }

    /** Whether no desk phone is registered (the distribution has nothing to ring then). */
    boolean noneRegistered() {
        return registrations.none();
    }

    void register(ServerTransaction transaction, String from) {
        Request request = transaction.getRequest();
        AuthorizationHeader authorization = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
        if (authorization == null) {
            messages.challenge(transaction, digest.realm(), digest.nonce(), false);
            return;
        }
        if (!"Digest".equalsIgnoreCase(authorization.getScheme())
                || (authorization.getAlgorithm() != null && !"MD5".equalsIgnoreCase(authorization.getAlgorithm()))) {
            refuse(transaction, from, authorization.getUsername(), "not an MD5 digest");
            return;
        }
        Optional<DeskSecrets.Desk> desk = secrets.of(authorization.getUsername());
        if (desk.isEmpty()) {
            refuse(transaction, from, authorization.getUsername(), "no desk has that user");
            return;
        }
        DigestAuthentication.Answer answer = new DigestAuthentication.Answer(authorization.getUsername(),
                authorization.getRealm(), authorization.getNonce(), authorization.getParameter("uri"),
                authorization.getResponse(), authorization.getQop(), authorization.getCNonce(),
                authorization.getParameter("nc"));
        switch (digest.check(answer, request.getMethod(), desk.get().secret())) {
            case STALE -> messages.challenge(transaction, digest.realm(), digest.nonce(), true);
            case WRONG -> refuse(transaction, from, authorization.getUsername(), "wrong credentials");
            case VALID -> bind(transaction, desk.get(), from);
        }
    }

    private void bind(ServerTransaction transaction, DeskSecrets.Desk desk, String from) {
        Request request = transaction.getRequest();
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        if (contact == null) {
            // a query of the bindings (RFC 3261 10.2.3): answered with what there is
            messages.registered(transaction, registrations.of(desk.desk()).orElse(null), registrationsLeft(desk));
            return;
        }
        long seconds = expires(request, contact);
        if (seconds == 0 || contact.getAddress().isWildcard()) {
            registrations.unregister(desk.desk());
            LOG.info("SIP desk {} unregistered from {}", desk.desk(), from);
            messages.registered(transaction, null, 0);
            return;
        }
        if (seconds < DeskRegistrations.MIN_EXPIRES.toSeconds()) {
            messages.intervalTooBrief(transaction, DeskRegistrations.MIN_EXPIRES.toSeconds());
            return;
        }
        DeskRegistrations.Binding binding = registrations.register(desk.desk(),
                contact.getAddress().getURI().toString(), seconds);
        LOG.info("SIP desk {} registered {} until {}", desk.desk(), binding.contact(), binding.expires());
        messages.registered(transaction, binding, registrationsLeft(desk));
    }

    private long registrationsLeft(DeskSecrets.Desk desk) {
        return registrations.of(desk.desk()).map(registrations::secondsLeft).orElse(0L);
    }

    /** The Contact's expires parameter, else the Expires header, else an hour (RFC 3261 10.2.1.1). */
    private static long expires(Request request, ContactHeader contact) {
        if (contact.getExpires() >= 0) {
            return contact.getExpires();
        }
        ExpiresHeader header = request.getExpires();
        return header != null ? header.getExpires() : DeskRegistrations.MAX_EXPIRES.toSeconds();
    }

    private void refuse(ServerTransaction transaction, String from, String user, String why) {
        LOG.warn("SIP REGISTER from {} as '{}' refused: {}", from, user, why);
        messages.respond(transaction, transaction.getRequest(), Response.FORBIDDEN, "Forbidden", false);
    }
}
